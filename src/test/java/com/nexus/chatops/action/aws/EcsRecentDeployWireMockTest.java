package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.incident.runbook.LiveFacts;
import com.nexus.chatops.incident.runbook.RunbookOffers;
import com.nexus.chatops.incident.runbook.RunbookPostRepository;
import com.nexus.chatops.incident.runbook.RunbookPosts;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.store.Database;
import com.nexus.chatops.testing.FakeMessage;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recent-deploy hint of an ECS service: its PRIMARY deployment read from WireMock speaking ECS's awsJson1_1,
 * the ecs-service-down runbook posted in the incident channel over a real store and the fake Slack.
 */
class EcsRecentDeployWireMockTest extends AwsWireMockTestBase {
    static final NexusConfig CONFIG = ConfigLoader.load(Path.of("nexus.example.yml"));
    /** The createdAt of the PRIMARY deployment in the ECS fixtures. */
    static final Instant DEPLOYED = Instant.parse("2026-01-01T00:01:00Z");
    static final String CHANNEL = "C0INC0001";
    static final String NAME = "incident-20260101-001";

    @TempDir
    Path dir;
    private final FakeSlack slack = FakeSlack.start().addChannel(CHANNEL, NAME);
    private Database database;
    private RunbookPosts posts;

    @AfterEach
    void stop() {
        if (database != null) {
            database.close();
        }
        slack.close();
    }

    @Test
    void shouldNameTheTaskDefinitionAndOfferEcsStatusWhenThePrimaryDeploymentIsTenMinutesOlderThanTheIncident() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));

        FakeMessage posted = post(DEPLOYED.plus(Duration.ofMinutes(10)));

        JsonNode hint = hint(posted).orElseThrow();
        assertThat(hint.path("text").path("text").asText()).contains("platform task definition nexus-platform:42"
                + " deployed 10 min before the incident started.").contains("Roll back to the task definition");
        assertThat(hint.path("accessory").path("text").path("text").asText()).isEqualTo("ecs status platform");
        StepRef button = StepRef.parse(hint.path("accessory").path("value").asText()).orElseThrow();
        assertThat(posts.command(button, CHANNEL)).contains("ecs status platform");
    }

    @Test
    void shouldNameTheTaskDefinitionItReplacesWhileTheOldDeploymentStillDrains() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-rolling.json"));

        FakeMessage posted = post(DEPLOYED.plus(Duration.ofMinutes(12)));

        assertThat(hint(posted).orElseThrow().path("text").path("text").asText()).contains("platform task definition"
                + " nexus-platform:42 deployed 12 min before the incident started; it replaces nexus-platform:41.");
    }

    @Test
    void shouldGiveNoHintWhenThePrimaryDeploymentIsThreeDaysOlderThanTheIncident() {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));

        FakeMessage posted = post(DEPLOYED.plus(Duration.ofDays(3)));

        assertThat(hint(posted)).isEmpty();
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(1);
    }

    @Test
    void shouldPostTheRunbookWithoutTheHintWhenEcsDeniesTheRead() {
        aws.ecsError("DescribeServices", 400, "AccessDeniedException",
                FakeAws.denied("ecs:DescribeServices", Optional.of(FakeAws.SERVICE_ARN)));

        FakeMessage posted = post(DEPLOYED.plus(Duration.ofMinutes(10)));

        assertThat(hint(posted)).isEmpty();
        assertThat(posted.blocksText()).contains("ecs status platform").doesNotContain("AccessDenied");
        assertThat(aws.ecsRequests("DescribeServices")).hasSize(1);
    }

    /** Declares an ECS outage of the platform service at {@code started} and returns the runbook message. */
    private FakeMessage post(Instant started) {
        SettableClock clock = new SettableClock(started);
        database = Database.open("jdbc:sqlite:" + dir.resolve("nexus.db"), clock);
        IncidentRepository incidents = new IncidentRepository(database.jdbc(), clock);
        AwsActions actions = new AwsActions(CONFIG, () -> services);
        posts = new RunbookPosts(CONFIG, RunbookLoader.load(Path.of("runbooks"), CONFIG), incidents,
                new RunbookPostRepository(database.jdbc()), new SlackWebGateway(slack.methodsAsync()),
                new RunbookPosts.Live(new LiveFacts(CONFIG, ServiceReads.of(actions), clock),
                        new AuditLog(database.jdbc()), clock));
        Incident created = incidents.insertOrGet(new NewIncident("test:1", LocalDate.of(2026, 1, 1), 1, NAME,
                "ECS service nexus-platform-production-service down", "sev1", "platform", "U0ALICE", started, null,
                "PDTEST1"));
        new RunbookOffers(posts, Runnable::run).opened(incidents.modify(created.id(),
                i -> i.withChannel(NAME, 1, CHANNEL)));
        List<FakeMessage> messages = slack.messages(CHANNEL);
        assertThat(messages).singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Runbook: Service down (ECS platform)"));
        return messages.get(0);
    }

    /** The hint's section: the one whose text starts with the light bulb. */
    private static Optional<JsonNode> hint(FakeMessage message) {
        try {
            return StreamSupport.stream(new ObjectMapper().readTree(message.blocksJson()).spliterator(), false)
                    .filter(b -> b.path("text").path("text").asText().startsWith(":bulb:")).findFirst();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
