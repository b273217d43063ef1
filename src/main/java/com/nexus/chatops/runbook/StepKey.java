package com.nexus.chatops.runbook;

/**
 * Where a step sits in its runbook, e.g. {@code investigate-2}: the stable handle for a button or for recording
 * that a step ran (it changes only when the file's steps are reordered).
 */
public record StepKey(Stage stage, int number) {
    public StepKey {
        if (number < 1) {
            throw new IllegalArgumentException("steps are numbered from 1, found " + number);
        }
    }

    @Override
    public String toString() {
        return stage.key() + "-" + number;
    }
}
