package com.nexus.chatops.runbook;

import java.util.Optional;

/**
 * What is known about a page or a declared incident when looking for its runbook: the PagerDuty incident title
 * (or the declared title), the alert name if the alert carries one, and the nexus service it is about.
 */
public record MatchQuery(Optional<String> title, Optional<String> alert, Optional<String> service) {
    public MatchQuery {
        title = title.filter(t -> !t.isBlank());
        alert = alert.filter(a -> !a.isBlank());
        service = service.filter(s -> !s.isBlank());
    }

    public static MatchQuery of(String title, String service) {
        return new MatchQuery(Optional.ofNullable(title), Optional.empty(), Optional.ofNullable(service));
    }
}
