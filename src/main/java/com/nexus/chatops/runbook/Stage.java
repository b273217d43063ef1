package com.nexus.chatops.runbook;

import java.util.Arrays;
import java.util.Optional;

/** The part of a procedure a step belongs to; a runbook shows its stages in the order its file lists them. */
public enum Stage {
    PREPARE("prepare"),
    TRIAGE("triage"),
    INVESTIGATE("investigate"),
    RESOLVE("resolve"),
    VERIFY("verify"),
    COMMUNICATE("communicate"),
    FOLLOW_UP("follow-up");

    private final String key;

    Stage(String key) {
        this.key = key;
    }

    /** The word used in runbook files and step keys. */
    public String key() {
        return key;
    }

    public static Optional<Stage> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
