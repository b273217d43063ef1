package com.nexus.chatops.guard;

import java.util.List;

/**
 * What one guard rule says about one attempt, with the reason in words a responder can act on. A verdict that
 * asks for approval carries how many approvals and from which roles.
 */
public record Verdict(Kind kind, String rule, String reason, int approvals, List<String> approvers) {
    public enum Kind { ALLOW, DENY, CONFIRM, APPROVE }

    public Verdict {
        approvers = List.copyOf(approvers);
    }

    public static Verdict allow(String rule, String reason) {
        return new Verdict(Kind.ALLOW, rule, reason, 0, List.of());
    }

    public static Verdict deny(String rule, String reason) {
        return new Verdict(Kind.DENY, rule, reason, 0, List.of());
    }

    public static Verdict confirm(String rule, String reason) {
        return new Verdict(Kind.CONFIRM, rule, reason, 0, List.of());
    }

    public static Verdict approve(String rule, String reason, int approvals, List<String> approvers) {
        return new Verdict(Kind.APPROVE, rule, reason, approvals, approvers);
    }

    public boolean denied() {
        return kind == Kind.DENY;
    }

    /** "who: allowed …", as the audit log and the timeline show it. */
    public String line() {
        return rule + ": " + reason;
    }
}
