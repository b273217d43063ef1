package com.nexus.chatops.runbook;

/** Why a runbook was offered for an incident; {@link #describe()} is plain text, for a view to escape and show. */
public sealed interface MatchReason {

    String describe();

    /** A match pattern found {@code matched} in the incident title or the alert name. */
    record PatternFound(String field, String text, String pattern, String matched) implements MatchReason {
        @Override
        public String describe() {
            return "the " + field + " \u201c" + text + "\u201d matches /" + pattern + "/";
        }
    }

    /** nexus.yml lists the runbook for the incident's service, at this position (1 = first). */
    record ListedForService(String service, int position) implements MatchReason {
        @Override
        public String describe() {
            return "nexus.yml lists it for " + service;
        }
    }

    /** The runbook names the incident's service among those it is written for. */
    record WrittenForService(String service) implements MatchReason {
        @Override
        public String describe() {
            return "it is written for " + service;
        }
    }
}
