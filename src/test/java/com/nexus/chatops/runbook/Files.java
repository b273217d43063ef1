package com.nexus.chatops.runbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Runbook files written into a test's temporary directory. */
final class Files {
    /** A minimal valid runbook; tests append keys or replace the steps. */
    static final String MINIMAL = """
            id: %s
            title: Something is wrong
            summary: When something is wrong.
            """;

    private Files() {}

    static Path write(Path dir, String name, String yaml) {
        try {
            return java.nio.file.Files.writeString(dir.resolve(name), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A runbook {@code id} whose only stage is the given steps block (indented under "steps:"). */
    static Path runbook(Path dir, String id, String steps) {
        return write(dir, id + ".yml", MINIMAL.formatted(id) + "steps:\n" + steps);
    }
}
