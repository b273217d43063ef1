package com.nexus.chatops;

import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `nexus serve`: run the bot until SIGTERM/SIGINT, then stop gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the bot: Slack (HTTP /slack/events or Socket Mode), /healthz, /readyz, /metrics.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host = "0.0.0.0";

    @Override
    public Integer call() throws Exception {
        Env env = Env.from(System.getenv());
        NexusConfig config = Startup.load(env, env.problemsForServe(), System.err);
        if (config == null) {
            return Startup.CONFIG_ERROR;
        }
        Server server;
        try {
            server = Server.start(env, config, host);
        } catch (Exception e) {
            System.err.println("nexus: could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("nexus: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "nexus-shutdown"));
        stopped.await();
        return 0;
    }
}
