package com.nexus.chatops.guard;

import java.util.List;
import java.util.Optional;

/** Every verdict the chain produced, in order; the chain stopped at the first denial. */
public record Decision(List<Verdict> verdicts) {
    public Decision {
        verdicts = List.copyOf(verdicts);
    }

    public Optional<Verdict> denial() {
        return verdicts.stream().filter(Verdict::denied).findFirst();
    }

    public boolean denied() {
        return denial().isPresent();
    }

    public boolean needsConfirmation() {
        return verdicts.stream().anyMatch(v -> v.kind() == Verdict.Kind.CONFIRM) || approvals() > 0;
    }

    public int approvals() {
        return approval().map(Verdict::approvals).orElse(0);
    }

    public List<String> approvers() {
        return approval().map(Verdict::approvers).orElse(List.of());
    }

    private Optional<Verdict> approval() {
        return verdicts.stream().filter(v -> v.kind() == Verdict.Kind.APPROVE).findFirst();
    }

    /** The overall verdict's name for the audit log: deny, approve, confirm or allow. */
    public String verdict() {
        if (denied()) {
            return "deny";
        }
        return approvals() > 0 ? "needs-approval" : needsConfirmation() ? "needs-confirmation" : "allow";
    }

    /** Every rule's line, for the audit record; a denial's reason alone for the responder. */
    public String reason() {
        return String.join("; ", verdicts.stream().map(Verdict::line).toList());
    }
}
