package com.nexus.chatops.action.aws;

import java.time.Instant;

/** A service event as ECS writes it: "(service x) has reached a steady state.", "… unable to place a task …". */
public record EcsEvent(Instant at, String message) {}
