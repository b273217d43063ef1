package com.nexus.chatops;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something slow to open at startup (the store, the Slack client), opened on a thread of its own while startup
 * goes on. Whatever the opening throws is thrown again to whoever awaits it, as if it had been opened in line.
 */
final class Opening {
    private Opening() {
    }

    static <T> CompletableFuture<T> begin(String threadName, Supplier<T> open) {
        CompletableFuture<T> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(open.get());
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return opened;
    }

    /** What was opened, or the opening's own exception. */
    static <T> T await(CompletableFuture<T> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Startup failed elsewhere: what is opened is closed as soon as it is open (at once, if it already is). */
    static <T> void abandon(CompletableFuture<T> opening, Consumer<T> close) {
        opening.thenAccept(close);
    }
}
