package com.nexus.chatops.runbook;

import java.nio.file.Path;

/**
 * One thing wrong with a runbook, in the form compilers use so editors and CI can jump to it:
 * {@code runbooks/high-error-rate.yml:14: step investigate-2: unknown action "k8s.histroy" …}.
 * {@code line} is 0 when no line applies (a missing file); {@code where} is "" when the whole file is meant.
 */
public record Problem(Path file, int line, String where, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (where.isEmpty() ? "" : where + ": ") + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
