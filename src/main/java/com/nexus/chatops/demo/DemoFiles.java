package com.nexus.chatops.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's own directory: its nexus.yml, the runbooks that names (copied from the jar) and the SQLite store,
 * made at start and removed at the end.
 */
public final class DemoFiles implements AutoCloseable {
    /** The runbooks the demo's services name, packaged with the jar from runbooks/. */
    private static final List<String> RUNBOOKS = List.of("high-error-rate", "high-latency", "pod-crashlooping");
    private final Path dir;

    private DemoFiles(Path dir) {
        this.dir = dir;
    }

    public static DemoFiles create() {
        try {
            Path dir = Files.createTempDirectory("nexus-demo-");
            copy("/demo/nexus.yml", dir.resolve("nexus.yml"));
            Files.createDirectory(dir.resolve("runbooks"));
            for (String id : RUNBOOKS) {
                copy("/demo/runbooks/" + id + ".yml", dir.resolve("runbooks").resolve(id + ".yml"));
            }
            return new DemoFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the demo's temporary directory", e);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = DemoFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the jar");
            }
            Files.copy(in, to);
        }
    }

    public Path runbooks() {
        return dir.resolve("runbooks");
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
