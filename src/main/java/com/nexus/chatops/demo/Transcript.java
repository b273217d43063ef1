package com.nexus.chatops.demo;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Everything the demo prints, passed through to the terminal and kept, so the walkthrough can wait for what
 * nexus posts from its own threads (a rollout's progress, the runbook) before typing the next line.
 */
public final class Transcript extends OutputStream {
    private final OutputStream terminal;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long lastWrite = System.nanoTime();

    public Transcript(OutputStream terminal) {
        this.terminal = terminal;
    }

    public PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        try {
            terminal.write(b, off, len);
        } catch (java.io.IOException e) {
            // the terminal went away; the transcript still serves the walkthrough
        }
        kept.write(b, off, len);
        lastWrite = System.nanoTime();
        notifyAll();
    }

    @Override
    public synchronized void flush() throws java.io.IOException {
        terminal.flush();
    }

    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    /** Length of the text so far: a mark to search after. */
    public synchronized int mark() {
        return kept.size();
    }

    /** Waits until the text after {@code mark} satisfies {@code done}; false when {@code timeout} passed first. */
    public synchronized boolean await(int mark, Predicate<String> done, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.test(since(mark))) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Waits until nothing was printed for {@code quiet} (at most {@code timeout}): the posts in flight are out. */
    public synchronized void awaitQuiet(Duration quiet, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() - lastWrite < quiet.toNanos() && System.nanoTime() < end) {
            wait(Math.max(1, quiet.toMillis() / 4));
        }
    }

    public synchronized String since(int mark) {
        byte[] all = kept.toByteArray();
        return new String(all, Math.min(mark, all.length), all.length - Math.min(mark, all.length),
                StandardCharsets.UTF_8);
    }
}
