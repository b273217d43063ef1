package com.nexus.chatops;

import com.nexus.chatops.store.Database;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opening and migrating the store on a thread of its own, so `serve` builds the Slack client, checks the token
 * and loads the runbooks meanwhile. Whatever fails first is reported as it would have been in sequence.
 */
final class StoreOpening {
    private StoreOpening() {
    }

    static CompletableFuture<Database> begin(String dbUrl, Clock clock) {
        CompletableFuture<Database> opened = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opened.complete(Database.open(dbUrl, clock));
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        }, "nexus-store-open");
        thread.setDaemon(true);
        thread.start();
        return opened;
    }

    /** The opened store, or the store's own exception (a {@code StoreException} with an operator-safe message). */
    static Database await(CompletableFuture<Database> opening) {
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

    /** Startup failed elsewhere: the store is closed as soon as it is open (at once, if it already is). */
    static void abandon(CompletableFuture<Database> opening) {
        opening.thenAccept(Database::close);
    }
}
