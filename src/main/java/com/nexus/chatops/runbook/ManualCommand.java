package com.nexus.chatops.runbook;

import java.util.Optional;

/** A step for a person: its command (psql, redis-cli, aws …) is shown for copying and never run by nexus. */
public record ManualCommand(Optional<String> command) implements Instruction {}
