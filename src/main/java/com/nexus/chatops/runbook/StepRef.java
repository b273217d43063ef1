package com.nexus.chatops.runbook;

import java.util.Optional;

/**
 * A step of one posted runbook, as a button carries it: {@code 12:investigate-2}. The button names the step, never
 * the command: what runs is worked out from the runbook when the button is pressed.
 */
public record StepRef(long postId, StepKey key) {
    public String value() {
        return postId + ":" + key;
    }

    /** Empty for anything that is not a value {@link #value()} made. */
    public static Optional<StepRef> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        int dash = value.lastIndexOf('-');
        if (colon < 1 || dash < colon + 2 || dash == value.length() - 1) {
            return Optional.empty();
        }
        try {
            long post = Long.parseLong(value.substring(0, colon));
            int number = Integer.parseInt(value.substring(dash + 1));
            return Stage.of(value.substring(colon + 1, dash)).filter(s -> number >= 1)
                    .map(stage -> new StepRef(post, new StepKey(stage, number)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
