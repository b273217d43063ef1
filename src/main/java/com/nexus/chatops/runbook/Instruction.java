package com.nexus.chatops.runbook;

/** What a step asks for: an action nexus runs behind its guards, or a manual step nexus only shows. */
public sealed interface Instruction permits ActionCall, ManualCommand {}
