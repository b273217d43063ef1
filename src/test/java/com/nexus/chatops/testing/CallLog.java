package com.nexus.chatops.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Everything received, in arrival order; waiters wake on each new entry so async flows can be awaited. */
final class CallLog<T> {

    private final List<T> entries = new ArrayList<>();

    synchronized void add(T entry) {
        entries.add(entry);
        notifyAll();
    }

    synchronized List<T> all() {
        return List.copyOf(entries);
    }

    synchronized List<T> matching(Predicate<T> filter) {
        return entries.stream().filter(filter).toList();
    }

    /** Blocks until {@code count} matching entries exist; returns them, or null on timeout. */
    synchronized List<T> await(Predicate<T> filter, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<T> found = matching(filter);
        while (found.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            found = matching(filter);
        }
        return found;
    }

    synchronized void clear() {
        entries.clear();
    }
}
