package com.nexus.chatops.runbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, each placed on the line of the node its JSON pointer names. */
final class ProblemSink {
    private final Path file;
    private final Lines lines;
    private final List<Problem> problems = new ArrayList<>();

    ProblemSink(Path file, Lines lines) {
        this.file = file;
        this.lines = lines;
    }

    void add(String pointer, String message) {
        problems.add(at(file, lines, pointer, message));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    static Problem at(Path file, Lines lines, String pointer, String message) {
        return new Problem(file, lines.of(pointer), Where.describe(pointer), message);
    }
}
