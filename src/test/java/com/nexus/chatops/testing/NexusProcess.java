package com.nexus.chatops.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs nexus's real entry point in a child JVM (same classpath as the tests), with a chosen environment and
 * stdin: what an operator sees — exit code, stdout, stderr — without packaging the jar first.
 */
public final class NexusProcess {
    private final Process process;
    private final CompletableFuture<String> out;
    private final CompletableFuture<String> err;

    private NexusProcess(Process process) {
        this.process = process;
        this.out = drain(process.getInputStream());
        this.err = drain(process.getErrorStream());
    }

    public record Result(int exitCode, String stdout, String stderr) {}

    /** Starts nexus with exactly this environment (plus PATH/HOME/JAVA_HOME) in {@code workDir}. */
    public static NexusProcess start(Path workDir, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp", System.getProperty("java.class.path"), "com.nexus.chatops.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().retainAll(List.of("PATH", "HOME", "JAVA_HOME", "LANG"));
        environment.putAll(env);
        try {
            return new NexusProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to completion feeding {@code stdin}, for one-shot commands such as the console. */
    public static Result run(Path workDir, Map<String, String> env, String stdin, String... args) {
        NexusProcess p = start(workDir, env, args);
        try (var in = p.process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.await(Duration.ofSeconds(60));
    }

    public Process process() {
        return process;
    }

    public Result await(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("nexus did not exit within " + timeout + "; stderr: " + err.getNow(""));
            }
            return new Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new AssertionError("waiting for nexus failed", e);
        }
    }

    /** Reads a pipe to the end in the background, so the child never blocks on a full pipe. */
    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
                stream.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(output lost: " + e.getMessage() + ")";
            }
        });
    }
}
