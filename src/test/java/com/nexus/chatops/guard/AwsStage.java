package com.nexus.chatops.guard;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.FakeAws;
import com.nexus.chatops.action.aws.RdsXml;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.testing.SettableClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * WireMock answering as seed 004's platform service does on a good day (ECS service stable on nexus-platform:42,
 * RDS instance available, snapshots created and available at once), and the real AWS catalog over it.
 */
final class AwsStage implements AutoCloseable {
    static final String TD_42 = "arn:aws:ecs:us-west-2:123456789012:task-definition/nexus-platform:42";
    static final String EARLIER_MANUAL = "nexus-manual-20251220-101500";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    final FakeAws aws;
    private final WireMockExtension server;
    private final List<AwsServices> made = new CopyOnWriteArrayList<>();

    AwsStage(WireMockExtension server) {
        this.server = server;
        this.aws = new FakeAws(server);
    }

    /** The catalog a Harness makes on its clock; nexus's AWS clients connect on its first AWS command. */
    Function<SettableClock, ActionCatalog> catalog(NexusConfig config) {
        return catalog(config, FakeAws.FAKE_KEYS);
    }

    /** The same, finding its credentials with {@code credentials} (FakeAws.NO_KEYS: a machine without any). */
    Function<SettableClock, ActionCatalog> catalog(NexusConfig config, AwsCredentialsProvider credentials) {
        return clock -> new AwsActions(config, () -> {
            AwsServices services = aws.services(aws.settings(clock), credentials);
            made.add(services);
            return services;
        });
    }

    /** Every call answered as on a good day; {@code snapshotAt} is when the snapshot nexus names is asked for. */
    AwsStage healthy(Instant snapshotAt) {
        aws.ecs("DescribeServices", FakeAws.fixture("ecs-describe-services-stable.json"));
        aws.ecs("UpdateService", FakeAws.fixture("ecs-update-service-redeploy.json"));
        aws.query("DescribeDBInstances", FakeAws.fixture("rds-describe-db-instances.xml"));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml"));
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(earlierManual()), Optional.empty()));
        String id = snapshotId(snapshotAt);
        server.stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeDBSnapshots"))
                .withFormParam("DBSnapshotIdentifier", equalTo(id))
                .willReturn(FakeAws.xml(200, RdsXml.describeSnapshots(List.of(RdsXml.snapshot(id, "manual",
                        "available", Optional.of(snapshotAt.toString()), 100)), Optional.empty()))));
        aws.query("CreateDBSnapshot", RdsXml.createSnapshot(RdsXml.snapshot(id, "manual", "creating",
                Optional.empty(), 0)));
        return this;
    }

    static String snapshotId(Instant at) {
        return "nexus-manual-" + STAMP.format(at);
    }

    static String earlierManual() {
        return RdsXml.snapshot(EARLIER_MANUAL, "manual", "available", Optional.of("2025-12-20T10:15:00Z"), 100);
    }

    @Override
    public void close() {
        made.forEach(AwsServices::close);
    }
}
