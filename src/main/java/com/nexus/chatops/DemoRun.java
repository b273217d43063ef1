package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.demo.DemoFiles;
import com.nexus.chatops.demo.DemoPage;
import com.nexus.chatops.demo.PagerDutyFake;
import com.nexus.chatops.demo.PagerDutyState;
import com.nexus.chatops.demo.SandboxCluster;
import com.nexus.chatops.demo.Transcript;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.ingress.console.ConsoleSlack;
import com.nexus.chatops.ingress.http.HttpServer;
import com.nexus.chatops.ingress.pagerduty.PagerDutyWebhooks;
import com.nexus.chatops.runbook.RunbookLoader;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;

/** What `nexus demo` runs: the sandbox up, the page fired, then the console or the walkthrough. */
final class DemoRun implements Callable<Integer> {
    /** The person at the keyboard: a responder in the demo's nexus.yml. */
    static final String RESPONDER = "U0DEMOADA";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final boolean script;

    DemoRun(boolean script) {
        this.script = script;
    }

    @Override
    public Integer call() throws Exception {
        Transcript transcript = new Transcript(System.out);
        PrintStream out = transcript.printStream();
        PagerDutyState pagerDutyState = new PagerDutyState("Ada Lovelace", "ada@nexus.example");
        try (DemoFiles files = DemoFiles.create(); PagerDutyFake pagerDuty = PagerDutyFake.start(pagerDutyState)) {
            NexusConfig config = ConfigLoader.load(files.config());
            String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Env env = Env.from(environment(files, pagerDuty.url(), secret));
            out.println("nexus demo: starting a sandbox cluster, a PagerDuty fake and a store in a temporary directory…");
            try (SandboxCluster cluster = SandboxCluster.start(config, Duration.ofMillis(700));
                 Nexus nexus = open(config, env, cluster, files, out);
                 PagerDutyWebhooks webhooks = PagerDutyWebhooks.start(env.pagerdutyWebhookSecret(),
                         nexus.database().inbox(), nexus.pagerDutyEvents());
                 HttpServer http = HttpServer.builder().route(PagerDutyWebhooks.PATH, webhooks.servlet())
                         .start("127.0.0.1", 0)) {
                out.println("nexus demo: " + cluster.deployments() + " deployments in the sandbox; PagerDuty pages"
                        + " \"" + DemoPage.TITLE + "\" for core-api…");
                out.println();
                Incident incident = page(nexus, transcript, http.port(), secret, pagerDutyState, config);
                if (incident == null) {
                    out.println("nexus demo: the page opened no incident within " + WAIT.toSeconds() + " s.");
                    return 1;
                }
                return new DemoSession(nexus, transcript, RESPONDER, pagerDuty).run(script, incident);
            }
        }
    }

    /** nexus over the sandbox: its Kubernetes is the mock cluster, which the runbooks' hints read too. */
    private static Nexus open(NexusConfig config, Env env, SandboxCluster cluster, DemoFiles files, PrintStream out) {
        KubernetesActions kubernetes = new KubernetesActions(config,
                () -> Deployments.over(cluster.client(), Duration.ofSeconds(1)));
        return Nexus.open(config, env.dbUrl(), Edges.fromEnv(env, new ConsoleSlack(out),
                        ActionCatalog.of(kubernetes, ActionCatalog.none()))
                .withRunbooks(RunbookLoader.load(files.runbooks(), config), ServiceReads.of(kubernetes)));
    }

    /** Fires the page through the webhook endpoint; the incident it opened once its channel is set up. */
    private static Incident page(Nexus nexus, Transcript transcript, int port, String secret, PagerDutyState state,
                                 NexusConfig config) throws Exception {
        String serviceId = config.service("core-api").flatMap(s -> s.pagerduty()).orElseThrow().serviceId();
        int status = DemoPage.fire(URI.create("http://127.0.0.1:" + port + PagerDutyWebhooks.PATH), secret,
                serviceId, state);
        if (status != 202) {
            throw new IllegalStateException("nexus answered the page with HTTP " + status);
        }
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            var incident = nexus.incidents().findByPagerDuty(DemoPage.INCIDENT).filter(i -> i.channelId() != null);
            if (incident.isPresent() && nexus.database().inbox().unprocessed("pagerduty", 1).isEmpty()) {
                transcript.awaitQuiet(Duration.ofMillis(500), Duration.ofSeconds(10));
                return incident.get();
            }
            Thread.sleep(100);
        }
        return null;
    }

    private static Map<String, String> environment(DemoFiles files, String pagerDutyUrl, String secret) {
        Map<String, String> env = new HashMap<>();
        env.put("NEXUS_CONFIG", files.config().toString());
        env.put("NEXUS_DB_URL", files.dbUrl());
        env.put("PAGERDUTY_API_TOKEN", "demo-token");
        env.put("PAGERDUTY_API_URL", pagerDutyUrl);
        env.put("PAGERDUTY_EVENTS_URL", pagerDutyUrl);
        env.put("PAGERDUTY_WEBHOOK_SECRET", secret);
        env.put("PAGERDUTY_FROM_EMAIL", "ada@nexus.example");
        return env;
    }
}
