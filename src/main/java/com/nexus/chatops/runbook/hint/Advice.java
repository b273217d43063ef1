package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Step;

/** A runbook step whose condition the facts bear out, with the hint saying how. */
public record Advice(Step step, Hint hint) {}
