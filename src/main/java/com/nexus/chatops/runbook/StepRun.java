package com.nexus.chatops.runbook;

import java.time.Instant;

/** A step of a posted runbook that someone ran from its button: who last did, when, and how many times in all. */
public record StepRun(String by, Instant at, int runs) {
}
