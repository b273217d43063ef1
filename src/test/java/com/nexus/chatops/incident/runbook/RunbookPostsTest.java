package com.nexus.chatops.incident.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.Stage;
import com.nexus.chatops.runbook.StepKey;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.SettableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped runbooks posted over a real store and the fake Slack, through the production gateway. */
class RunbookPostsTest {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    static final NexusConfig CONFIG = ConfigLoader.load(Path.of("nexus.example.yml"));
    static final String CHANNEL = "C0INC0001";
    static final String NAME = "incident-20261124-001";

    @TempDir
    Path dir;
    private FakeSlack slack;
    private Database database;
    private IncidentRepository incidents;
    private RunbookPosts posts;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        SettableClock clock = new SettableClock(T0);
        database = Database.open("jdbc:sqlite:" + dir.resolve("nexus.db"), clock);
        incidents = new IncidentRepository(database.jdbc(), clock);
        posts = new RunbookPosts(CONFIG, RunbookLoader.load(Path.of("runbooks"), CONFIG), incidents,
                new RunbookPostRepository(database.jdbc()), new SlackWebGateway(slack.methodsAsync()),
                new RunbookPosts.Live(new LiveFacts(CONFIG, Workloads.NONE, clock), new AuditLog(database.jdbc()),
                        clock));
    }

    @AfterEach
    void stop() {
        database.close();
        slack.close();
    }

    @Test
    void shouldLeaveTheDeclarationAloneAndPostTheRunbookWhenAskedLaterWhenSlackRefusedIt() {
        Incident incident = incident("Nexus API High Error Rate");
        RunbookOffers offers = new RunbookOffers(posts, Runnable::run);

        assertThatCode(() -> offers.opened(incident)).doesNotThrowAnyException();
        assertThat(slack.messages(CHANNEL)).isEmpty();

        slack.addChannel(CHANNEL, NAME);
        String reply = new RunbookCommands(posts, incidents).runbook(invocation(),
                new Command.Runbook(Optional.of("high-error-rate"))).text();

        assertThat(reply).contains("Posted the `high-error-rate` runbook");
        assertThat(slack.messages(CHANNEL)).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Runbook: API high error rate"));
    }

    @Test
    void shouldTurnAButtonIntoItsCommandOnlyInItsOwnChannelAndOnlyForAnActionStep() {
        slack.addChannel(CHANNEL, NAME);
        Incident incident = incident("Nexus API High Error Rate");
        new RunbookOffers(posts, Runnable::run).opened(incident);
        long post = new RunbookPostRepository(database.jdbc()).find(incident.id(), "high-error-rate").orElseThrow()
                .id();

        StepRef history = new StepRef(post, new StepKey(Stage.INVESTIGATE, 2));
        StepRef manual = new StepRef(post, new StepKey(Stage.INVESTIGATE, 1));
        StepRef scale = new StepRef(post, new StepKey(Stage.RESOLVE, 3));

        assertThat(posts.command(history, CHANNEL)).contains("history core-api");
        assertThat(posts.command(scale, CHANNEL)).contains("scale core-api 5");
        assertThat(posts.command(history, "C0ELSEWHERE")).isEmpty();
        assertThat(posts.command(manual, CHANNEL)).isEmpty();
        assertThat(posts.command(new StepRef(post + 1, history.key()), CHANNEL)).isEmpty();
    }

    private Incident incident(String title) {
        Incident created = incidents.insertOrGet(new NewIncident("test:1", LocalDate.of(2026, 11, 24), 1, NAME,
                title, "sev2", "core-api", "U0ALICE", T0, null, "PDTEST1"));
        return incidents.modify(created.id(), i -> i.withChannel(NAME, 1, CHANNEL));
    }

    private static Invocation invocation() {
        return new Invocation(Invocation.SLACK, "U0ALICE", CHANNEL, NAME, "ref1", null);
    }
}
