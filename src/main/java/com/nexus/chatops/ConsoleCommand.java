package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.Capability;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.AwsSetup;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.action.k8s.KubernetesSetup;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.ingress.console.Console;
import com.nexus.chatops.ingress.console.ConsoleSlack;
import com.nexus.chatops.ingress.console.EditedLines;
import com.nexus.chatops.ingress.console.Lines;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.slack.SlackIds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `nexus console`: type or pipe `/nexus …` lines; replies come back as plain text. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Read /nexus commands from stdin and print the replies as text (works piped).",
                "At a terminal, lines can be edited (arrows, Ctrl-A/E, Ctrl-R to search) and earlier ones recalled"
                        + " with the up arrow; the history is kept in ~/.nexus_history.",
                "State (incidents, pending actions, the audit log) is kept in ./nexus.db unless NEXUS_DB_URL says"
                        + " otherwise."})
final class ConsoleCommand implements Callable<Integer> {
    @Option(names = "--as", paramLabel = "USER_ID",
            description = {"Act as this Slack user id (e.g. U0000000001), so the roles and policy rules of nexus.yml"
                    + " that name it apply and guarded actions can be confirmed and approved locally.",
                    "Default: console:<your login name>, which no role names."})
    String as;

    @Override
    public Integer call() throws Exception {
        if (as != null && !SlackIds.isUser(as)) {
            System.err.println("nexus: --as " + as + " is not a Slack user id: use the id from the person's Slack"
                    + " profile (Copy member ID), e.g. U0000000001.");
            return Startup.CONFIG_ERROR;
        }
        Env env = Env.from(System.getenv());
        NexusConfig config = Startup.load(env, env.problems(), System.err);
        if (config == null) {
            return Startup.CONFIG_ERROR;
        }
        Capability cluster = KubernetesSetup.detect();
        List.of(cluster, AwsSetup.detect()).forEach(c -> System.err.println("nexus: " + c.describe()));
        KubernetesActions kubernetes = new KubernetesActions(config, Deployments::connect, () -> cluster);
        AwsActions aws = new AwsActions(config, AwsServices::connect);
        ActionCatalog infrastructure = Edges.infrastructure(kubernetes, aws);
        String user = as != null ? as : "console:" + System.getProperty("user.name", "operator");
        try (Nexus nexus = Nexus.open(config, env.dbUrl(), Edges.fromEnv(env, new ConsoleSlack(System.out),
                infrastructure).withRunbooks(RunbookLoader.load(env.runbooksDir(), config),
                ServiceReads.of(kubernetes, aws)))) {
            nexus.startReminders(Duration.ofSeconds(15));
            IncidentRepository incidents = nexus.doors().slackApp().incidents();
            boolean interactive = System.console() != null;
            try (Lines lines = lines(interactive)) {
                return new Console(nexus.dispatcher(), user, nexus.doors().actions(), () -> latest(incidents))
                        .run(lines, System.out, interactive);
            }
        }
    }

    /** A person at a terminal gets line editing and history; a pipe or a file is read as it is. */
    private static Lines lines(boolean interactive) throws IOException {
        if (interactive) {
            return EditedLines.atTerminal(Path.of(System.getProperty("user.home", "."), ".nexus_history"));
        }
        return Lines.piped(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out,
                false);
    }

    /** The channel of the most recently declared open incident: where the console's commands are typed. */
    private static Optional<Console.Place> latest(IncidentRepository incidents) {
        List<Incident> open = incidents.open().stream().filter(i -> i.channelId() != null).toList();
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new Console.Place(open.get(open.size() - 1).channelId(),
                open.get(open.size() - 1).channelName()));
    }
}
