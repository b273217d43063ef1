package com.nexus.chatops.runbook;

/** A section of one of the operations runbooks in docs/seeds a runbook was written from. */
public record Citation(String seed, String section) {
    @Override
    public String toString() {
        return "seed " + seed + " \u00a7 " + section;
    }
}
