package com.nexus.chatops.bench.side;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How to start one of the three apps: its command line and environment; the port is picked free per start. */
record Contender(String name, List<String> command, Map<String, String> env, boolean hasReadyz) {

    static final String NEXUS = "nexus";
    static final String FLOOR = "Bolt-Java floor";
    static final String BOLT_JS = "Bolt-JS";

    /**
     * nexus from target/nexus.jar with the shipped JVM flags (and the class-data archive and SQLite library the
     * build put beside it, as deploy/nexus adds them), SQLite in the fresh directory each start
     * runs in, which has no nexus.yml, so it runs on the built-in configuration.
     */
    static Contender nexus(Path repo, List<String> jvmFlags, FakeSlackApi slack) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvmFlags);
        Path archive = repo.resolve("target/nexus.jsa"); // the build's class-data archive, used as deploy/nexus does
        if (Files.isRegularFile(archive)) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        // SQLite's native library unpacked by the build, used as deploy/nexus uses it (x86_64 and aarch64 here)
        Path sqlite = repo.resolve("target/native/org/sqlite/native/Linux/"
                + ("amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch")));
        if (Files.isRegularFile(sqlite.resolve("libsqlitejdbc.so"))) {
            cmd.add("-Dorg.sqlite.lib.path=" + sqlite);
        }
        cmd.addAll(List.of("-jar", repo.resolve("target/nexus.jar").toString(), "serve", "--host", "127.0.0.1"));
        return new Contender(NEXUS, cmd, Map.of(
                "SLACK_BOT_TOKEN", SignedCommands.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SignedCommands.SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl(),
                "NEXUS_DB_URL", "jdbc:sqlite:./nexus.db"), true);
    }

    /** The ack-only Bolt-for-Java app on Jetty 12 (bench/floor), with the same JVM flags as nexus. */
    static Contender floor(Path repo, List<String> jvmFlags, FakeSlackApi slack) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-jar", repo.resolve("bench/floor/target/floor.jar").toString()));
        return new Contender(FLOOR, cmd, Map.of(
                "SLACK_BOT_TOKEN", SignedCommands.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SignedCommands.SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl()), false);
    }

    /** The ack-only Bolt-for-JavaScript app (bench/js, installed under target/bench-js by the script). */
    static Contender boltJs(Path jsDir, FakeSlackApi slack) {
        return new Contender(BOLT_JS, List.of("node", jsDir.resolve("app.js").toString()), Map.of(
                "SLACK_BOT_TOKEN", SignedCommands.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SignedCommands.SIGNING_SECRET,
                "SLACK_API_URL", slack.apiUrl()), false);
    }

    /** Starts the app on a free port, its output to {@code log}. */
    Started start(Path workDir, Path log) throws IOException {
        int port = freePort();
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        pb.environment().put("NEXUS_PORT", Integer.toString(port));
        pb.environment().put("PORT", Integer.toString(port));
        Files.createDirectories(workDir);
        long startedAt = System.nanoTime();
        return new Started(this, pb.start(), port, startedAt);
    }

    record Started(Contender contender, Process process, int port, long startedAt) {
        /** Resident set size now and its peak so far, in MB, from /proc. */
        double[] rssMb() throws IOException {
            double rss = 0;
            double peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kb(line) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kb(line) / 1024.0;
                }
            }
            return new double[] {rss, peak};
        }

        private static long kb(String line) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }

        /** SIGTERM, then SIGKILL if it is still there after 20 s (nexus drains in-flight work first). */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
