package com.nexus.chatops.action.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** rds snapshot against WireMock speaking RDS's query protocol: preview, dry run, CreateDBSnapshot and the wait. */
class RdsSnapshotWireMockTest extends AwsWireMockTestBase {
    /** The clock reads 2026-01-01T00:20:00Z. */
    static final String ID = "nexus-manual-20260101-002000";


    private final List<SnapshotRow> progress = new ArrayList<>();
    private RdsInstances rds;

    @BeforeEach
    void instanceAndSnapshotsExist() {
        rds = rds();
        aws.query("DescribeDBInstances", FakeAws.fixture("rds-describe-db-instances.xml"));
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(RdsStatusWireMockTest.MANUAL),
                Optional.empty()));
    }

    @Test
    void shouldNameTheSnapshotAfterTheRunbooksAndSendNothingWhenASnapshotIsPreviewed() {
        SnapshotPreview preview = rds.previewSnapshot(DB);

        assertThat(preview.snapshotId()).isEqualTo(ID);
        assertThat(preview.instanceStatus()).isEqualTo("available");
        assertThat(preview.latestManual().map(SnapshotRow::id)).contains("nexus-manual-20251220-101500");
        assertThat(preview.request().action()).isEqualTo("rds:CreateDBSnapshot");
        assertThat(aws.queryRequests("CreateDBSnapshot")).isEmpty();
    }

    @Test
    void shouldSendNothingAndDescribeTheRequestARealRunSendsWhenASnapshotIsADryRun() {
        aws.query("CreateDBSnapshot", RdsXml.createSnapshot(RdsXml.snapshot(ID, "manual", "creating", Optional.empty(),
                0)));

        SnapshotResult dry = rds.snapshot(DB, ID, true);

        assertThat(aws.queryRequests("CreateDBSnapshot")).isEmpty();
        assertThat(dry.created()).isEmpty();
        assertThat(dry.request().params()).containsExactly(
                new PlannedCall.Param("DBSnapshotIdentifier", ID),
                new PlannedCall.Param("DBInstanceIdentifier", RdsXml.INSTANCE));

        rds.snapshot(DB, ID, false);

        Map<String, String> sent = new LinkedHashMap<>(FakeAws.form(aws.queryRequests("CreateDBSnapshot").get(0)));
        assertThat(sent.remove("Action")).isEqualTo("CreateDBSnapshot");
        assertThat(sent.remove("Version")).isEqualTo(FakeAws.RDS_VERSION);
        Map<String, String> planned = new LinkedHashMap<>();
        dry.request().params().forEach(p -> planned.put(p.name(), p.value()));
        assertThat(sent).isEqualTo(planned);
    }

    @Test
    void shouldCreateTheSnapshotAndReturnItsArnWhenConfirmed() {
        aws.query("CreateDBSnapshot", RdsXml.createSnapshot(RdsXml.snapshot(ID, "manual", "creating", Optional.empty(),
                0)));

        SnapshotResult result = rds.snapshot(DB, ID, false);

        assertThat(result.dryRun()).isFalse();
        assertThat(result.created().orElseThrow().status()).isEqualTo("creating");
        assertThat(result.created().orElseThrow().arn()).isEqualTo(RdsXml.arn(ID));
    }

    @Test
    void shouldFollowTheSnapshotUntilAvailableReportingItsProgress() {
        aws.querySequence("DescribeDBSnapshots",
                FakeAws.xml(200, describe("creating", 0)), FakeAws.xml(200, describe("creating", 45)),
                FakeAws.xml(200, describe("creating", 45)), FakeAws.xml(200, describe("available", 100)));

        SnapshotProgress done = rds.awaitSnapshot(DB, ID, Duration.ofSeconds(20), progress::add);

        assertThat(done.outcome()).isEqualTo(SnapshotProgress.Outcome.AVAILABLE);
        assertThat(done.last().arn()).isEqualTo(RdsXml.arn(ID));
        assertThat(progress).extracting(SnapshotRow::percentProgress).containsExactly(0, 45, 100);
        assertThat(aws.queryRequests("DescribeDBSnapshots")).hasSize(4).allSatisfy(r ->
                assertThat(FakeAws.form(r)).containsEntry("DBSnapshotIdentifier", ID)
                        .containsEntry("DBInstanceIdentifier", RdsXml.INSTANCE));
    }

    @Test
    void shouldEndFailedWhenTheSnapshotFails() {
        aws.querySequence("DescribeDBSnapshots", FakeAws.xml(200, describe("creating", 10)),
                FakeAws.xml(200, describe("failed", 10)));

        SnapshotProgress done = rds.awaitSnapshot(DB, ID, Duration.ofSeconds(20), progress::add);

        assertThat(done.outcome()).isEqualTo(SnapshotProgress.Outcome.FAILED);
        assertThat(done.last().status()).isEqualTo("failed");
    }

    @Test
    void shouldEndAtTheDeadlineWhenTheSnapshotIsStillBeingCreated() {
        aws.query("DescribeDBSnapshots", describe("creating", 30));

        SnapshotProgress done = rds.awaitSnapshot(DB, ID, Duration.ofMillis(300), progress::add);

        assertThat(done.outcome()).isEqualTo(SnapshotProgress.Outcome.DEADLINE);
        assertThat(done.last().percentProgress()).isEqualTo(30);
    }

    @Test
    void shouldNameTheIamActionAndSnapshotWhenNexusMayNotCreateIt() {
        aws.queryError("CreateDBSnapshot", 403, "AccessDenied",
                FakeAws.denied("rds:CreateDBSnapshot", Optional.of(RdsXml.arn(ID))));

        NexusException e = catchThrowableOfType(NexusException.class, () -> rds.snapshot(DB, ID, false));

        assertThat(e.getMessage()).startsWith("nexus may not call rds:CreateDBSnapshot on arn:aws:rds:us-west-2:"
                + "123456789012:snapshot:nexus-manual-20260101-002000 (AWS denied it");
        assertThat(aws.queryRequests("CreateDBSnapshot")).hasSize(1);
    }

    @Test
    void shouldRetryTheCreateWhenRdsThrottlesItOnce() {
        aws.querySequence("CreateDBSnapshot", FakeAws.queryErrorAnswer("CreateDBSnapshot", 400, "Throttling",
                "Rate exceeded"), FakeAws.xml(200, RdsXml.createSnapshot(RdsXml.snapshot(ID, "manual", "creating",
                Optional.empty(), 0))));

        SnapshotResult result = rds.snapshot(DB, ID, false);

        assertThat(result.created()).isPresent();
        assertThat(aws.queryRequests("CreateDBSnapshot")).hasSize(2);
    }

    @Test
    void shouldSayWhatRdsRefusedWhenTheInstanceCannotBeSnapshotNow() {
        aws.queryError("CreateDBSnapshot", 400, "InvalidDBInstanceState", "Cannot create a snapshot because the"
                + " database instance nexus-platform-production-db is not currently in the available state.");

        NexusException e = catchThrowableOfType(NexusException.class, () -> rds.snapshot(DB, ID, false));

        assertThat(e.getMessage()).isEqualTo("AWS RDS refused rds:CreateDBSnapshot on snapshot " + ID + " of RDS"
                + " instance nexus-platform-production-db: InvalidDBInstanceState — Cannot create a snapshot because"
                + " the database instance nexus-platform-production-db is not currently in the available state.");
    }

    @Test
    void shouldNameTheInstanceWhenRdsDoesNotKnowItOnCreate() {
        aws.queryError("CreateDBSnapshot", 404, "DBInstanceNotFound", "DBInstance nexus-platform-production-db not"
                + " found.");

        NexusException e = catchThrowableOfType(NexusException.class, () -> rds.snapshot(DB, ID, false));

        assertThat(e.getMessage()).startsWith("RDS instance nexus-platform-production-db was not found in us-west-2");
    }

    @Test
    void shouldRefuseAnIdRdsWouldRejectWithoutCallingIt() {
        NexusException e = catchThrowableOfType(NexusException.class, () -> rds.snapshot(DB, "nexus--bad-", false));

        assertThat(e.getMessage()).startsWith("\"nexus--bad-\" is not a DB snapshot identifier");
        assertThat(aws.queryRequests("CreateDBSnapshot")).isEmpty();
    }

    private static String describe(String status, int percent) {
        return RdsXml.describeSnapshots(List.of(RdsXml.snapshot(ID, "manual", status,
                Optional.of("2026-01-01T00:20:05Z"), percent)), Optional.empty());
    }
}
