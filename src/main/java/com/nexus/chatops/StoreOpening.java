package com.nexus.chatops;

import com.nexus.chatops.config.Env;
import com.nexus.chatops.store.Database;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opening and migrating the store on a thread of its own, so `serve` builds the Slack client, checks the token
 * and loads the runbooks meanwhile. Whatever fails first is reported as it would have been in sequence.
 */
final class StoreOpening {
    /** Begun by {@link #beginEarly} for the `serve` about to run; taken once by it. */
    private static final AtomicReference<CompletableFuture<Database>> EARLY = new AtomicReference<>();

    private StoreOpening() {
    }

    /**
     * For a process started as plain {@code serve [--host H]} with a usable environment, begins opening the store
     * before the command line is parsed (picocli builds its model of every command first: a tenth of a second),
     * so `serve` finds it under way. Any other command line opens nothing here: a typo or a --help must not
     * create or migrate a store.
     */
    static void beginEarly(String[] args, Map<String, String> environment) {
        boolean plainServe = args.length > 0 && "serve".equals(args[0]) && (args.length == 1
                || args.length == 2 && args[1].startsWith("--host=") || args.length == 3 && "--host".equals(args[1]));
        if (!plainServe) {
            return;
        }
        Env env = Env.from(environment);
        if (env.problemsForServe().isEmpty()) {
            EARLY.set(begin(env.dbUrl(), Clock.systemUTC()));
        }
    }

    /** The opening {@link #beginEarly} started, if it did; the caller owns it from then on. */
    static Optional<CompletableFuture<Database>> takeEarly() {
        return Optional.ofNullable(EARLY.getAndSet(null));
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
