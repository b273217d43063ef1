package com.nexus.chatops.runbook;

import java.nio.file.Path;

/** A runbook together with the file it was read from, so later checks can point at the line of what they find. */
public final class RunbookFile {
    private final Path file;
    private final Runbook runbook;
    private final Lines lines;

    RunbookFile(Path file, Runbook runbook, Lines lines) {
        this.file = file;
        this.runbook = runbook;
        this.lines = lines;
    }

    public Path file() {
        return file;
    }

    public Runbook runbook() {
        return runbook;
    }

    /** A problem at the node a JSON pointer names, e.g. {@code /match/services/1}. */
    public Problem problem(String pointer, String message) {
        return ProblemSink.at(file, lines, pointer, message);
    }

    /** "runbooks/x.yml:3", where the node at {@code pointer} is. */
    public String place(String pointer) {
        return file + ":" + lines.of(pointer);
    }

    public Problem problemAt(StepKey step, String field, String message) {
        return problem(Where.step(step) + (field.isEmpty() ? "" : "/" + field), message);
    }

    public Problem problemAtSource(int index, String message) {
        return problem("/sources/" + index, message);
    }
}
