package com.nexus.chatops.incident;

/**
 * Pages on-call for an incident whose severity asks for it ({@code page: true}). PagerDuty implements it once
 * that integration exists; until then nexus says in the channel that nobody was paged.
 */
@FunctionalInterface
public interface Pager {
    /** @return a line for the channel and timeline saying who was paged, or why nobody was */
    String page(Incident incident, String reason);

    Pager NOT_CONFIGURED = (incident, reason) ->
            "Nobody was paged: PagerDuty is not connected to nexus yet. Page on-call by hand if needed.";
}
