package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.aws.AwsSetup;
import com.nexus.chatops.action.k8s.KubernetesSetup;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.ingress.console.Console;
import com.nexus.chatops.ingress.console.ConsoleSlack;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `nexus console`: type or pipe `/nexus …` lines; replies come back as plain text. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Read /nexus commands from stdin and print the replies as text (works piped).")
final class ConsoleCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Env env = Env.from(System.getenv());
        NexusConfig config = Startup.load(env, env.problems(), System.err);
        if (config == null) {
            return Startup.CONFIG_ERROR;
        }
        List.of(KubernetesSetup.detect(), AwsSetup.detect()).forEach(c -> System.err.println("nexus: " + c.describe()));
        ActionCatalog infrastructure = Edges.infrastructure(config);
        try (Nexus nexus = Nexus.open(config, env.dbUrl(), Edges.fromEnv(env, new ConsoleSlack(System.out),
                infrastructure))) {
            nexus.startReminders(Duration.ofSeconds(15));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return new Console(nexus.dispatcher(), System.getProperty("user.name", "operator"),
                    nexus.doors().actions())
                    .run(in, System.out, System.console() != null);
        }
    }
}
