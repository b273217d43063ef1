package com.nexus.chatops;

import com.nexus.chatops.store.Database;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Opening and migrating the store on a thread of its own, so `serve` builds the Slack client, checks the token
 * and loads the runbooks meanwhile. Whatever fails first is reported as it would have been in sequence.
 */
final class StoreOpening {
    private StoreOpening() {
    }

    static CompletableFuture<Database> begin(String dbUrl, Clock clock) {
        return Opening.begin("nexus-store-open", () -> Database.open(dbUrl, clock));
    }

    /** The opened store, or the store's own exception (a {@code StoreException} with an operator-safe message). */
    static Database await(CompletableFuture<Database> opening) {
        return Opening.await(opening);
    }

    /** Startup failed elsewhere: the store is closed as soon as it is open (at once, if it already is). */
    static void abandon(CompletableFuture<Database> opening) {
        Opening.abandon(opening, Database::close);
    }
}
