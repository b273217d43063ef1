package com.nexus.chatops;

import com.nexus.chatops.config.Env;
import com.nexus.chatops.store.Database;
import com.slack.api.Slack;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * For a process started as plain {@code serve [--host H]} with a usable environment, begins opening the store and
 * the Slack client before the command line is parsed (picocli builds its model of every command first: a tenth of
 * a second), so `serve` finds both under way. Any other command line opens nothing here: a typo or a --help must
 * not create or migrate a store, nor call Slack.
 */
final class EarlyStart {
    private static final AtomicReference<CompletableFuture<Database>> STORE = new AtomicReference<>();
    private static final AtomicReference<CompletableFuture<Slack>> SLACK = new AtomicReference<>();

    private EarlyStart() {
    }

    static void begin(String[] args, Map<String, String> environment) {
        boolean plainServe = args.length > 0 && "serve".equals(args[0]) && (args.length == 1
                || args.length == 2 && args[1].startsWith("--host=") || args.length == 3 && "--host".equals(args[1]));
        if (!plainServe) {
            return;
        }
        Env env = Env.from(environment);
        if (env.problemsForServe().isEmpty()) {
            STORE.set(StoreOpening.begin(env.dbUrl(), Clock.systemUTC()));
            SLACK.set(SlackOpening.begin(env.slackApiUrl(), env.slackBotToken()));
        }
    }

    /** The store opening {@link #begin} started, if it did; the caller owns it from then on. */
    static Optional<CompletableFuture<Database>> takeStore() {
        return Optional.ofNullable(STORE.getAndSet(null));
    }

    /** The Slack client {@link #begin} started building, if it did; the caller owns it from then on. */
    static Optional<CompletableFuture<Slack>> takeSlack() {
        return Optional.ofNullable(SLACK.getAndSet(null));
    }
}
