package com.nexus.chatops.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The demo's own directory: its nexus.yml and SQLite store, made at start and removed at the end. */
public final class DemoFiles implements AutoCloseable {
    private final Path dir;

    private DemoFiles(Path dir) {
        this.dir = dir;
    }

    public static DemoFiles create() {
        try {
            Path dir = Files.createTempDirectory("nexus-demo-");
            try (InputStream yml = DemoFiles.class.getResourceAsStream("/demo/nexus.yml")) {
                Files.copy(yml, dir.resolve("nexus.yml"));
            }
            return new DemoFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the demo's temporary directory", e);
        }
    }

    public Path config() {
        return dir.resolve("nexus.yml");
    }

    public String dbUrl() {
        return "jdbc:sqlite:" + dir.resolve("nexus.db");
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
