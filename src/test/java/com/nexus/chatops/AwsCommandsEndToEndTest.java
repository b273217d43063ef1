package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.guard.FakeActions;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AWS slash commands through the real server reach the guard as their typed requests, dry runs as such. */
class AwsCommandsEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHANNEL = "C0INC0001";
    private static final String NAME = "incident-20261124-001";
    private static final String REQUESTER = "U0000000001";

    @TempDir
    Path dir;
    private FakeSlack slack;
    private RunningNexus nexus;
    private final FakeActions infra = new FakeActions();

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        slack.addUser(REQUESTER, "alice", "alice@example.com").addChannel(CHANNEL, NAME, REQUESTER);
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"), Map.of(), infra);
        IncidentRepository incidents = new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
        Incident i = incidents.insertOrGet(new NewIncident("e2e", LocalDate.of(2026, 11, 24), 1, NAME,
                "platform down", "sev2", "platform", REQUESTER, Instant.now(), null, null));
        incidents.modify(i.id(), x -> x.withChannel(NAME, 1, CHANNEL));
    }

    @AfterEach
    void stop() throws Exception {
        nexus.close();
        slack.close();
    }

    @Test
    void shouldRouteEveryAwsCommandToItsGuardedRequest() {
        say("ecs status platform");
        say("rds status platform");
        say("alarms platform");
        say("alarms");
        say("ecs redeploy platform --dry-run");
        say("ecs scale platform 4 --dry-run");
        say("rds snapshot platform --dry-run");
        String scale = say("ecs scale platform 4");

        await().atMost(WAIT).until(() -> infra.executed.size() == 4 && infra.dryRuns.size() == 3);
        assertThat(infra.executed).containsExactly(new ActionRequest.EcsStatus("platform"),
                new ActionRequest.RdsStatus("platform"), new ActionRequest.Alarms(Optional.of("platform")),
                new ActionRequest.Alarms(Optional.empty()));
        assertThat(infra.dryRuns).containsExactly(new ActionRequest.EcsRedeploy("platform"),
                new ActionRequest.EcsScale("platform", 4), new ActionRequest.RdsSnapshot("platform"));
        assertThat(scale).contains("Confirmation posted");
    }

    /** Sends the command and waits for its answer, so the requests arrive in order. */
    private String say(String command) {
        String id = "r" + Integer.toHexString(command.hashCode());
        nexus.requests().slashCommand(command).user(REQUESTER, "alice").channel(CHANNEL, NAME)
                .responseUrl(slack.responseUrl(id)).send(nexus.baseUri());
        return slack.awaitResponseUrlPost(id, WAIT).text();
    }
}
