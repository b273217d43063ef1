package com.nexus.chatops.action.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nexus.chatops.core.NexusException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** rds status against WireMock speaking RDS's and CloudWatch's query protocol: requests sent and answers read. */
class RdsStatusWireMockTest extends AwsWireMockTestBase {
    static final String NEWEST_AUTOMATED = "rds:nexus-platform-production-db-2025-12-31-03-10";
    static final String AUTOMATED_NEW = RdsXml.snapshot(NEWEST_AUTOMATED,
            "automated", "available", Optional.of("2025-12-31T03:10:00Z"), 100);
    static final String AUTOMATED_OLD = RdsXml.snapshot("rds:nexus-platform-production-db-2025-12-30-03-10",
            "automated", "available", Optional.of("2025-12-30T03:10:00Z"), 100);
    static final String MANUAL = RdsXml.snapshot("nexus-manual-20251220-101500", "manual", "available",
            Optional.of("2025-12-20T10:15:00Z"), 100);



    @BeforeEach
    void instanceExists() {
        aws.query("DescribeDBInstances", FakeAws.fixture("rds-describe-db-instances.xml"));
    }

    @Test
    void shouldShowTheInstanceFreeStorageAndLatestSnapshotsWhenStatusIsAsked() {
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(AUTOMATED_OLD, MANUAL, AUTOMATED_NEW),
                Optional.empty()));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml"));

        RdsStatus status = rds().status(DB);

        assertThat(status.status()).isEqualTo("available");
        assertThat(status.instanceClass()).isEqualTo("db.r6g.large");
        assertThat(status.engine() + " " + status.engineVersion()).isEqualTo("postgres 15.5");
        assertThat(status.multiAz()).isTrue();
        assertThat(status.allocatedGib()).isEqualTo(100);
        assertThat(status.endpoint())
                .contains("nexus-platform-production-db.cfaketest0001.us-west-2.rds.amazonaws.com:5432");
        assertThat(status.free().bytes()).contains(42_949_672_960L);
        assertThat(status.free().at()).contains(Instant.parse("2026-01-01T00:15:00Z"));
        assertThat(status.latestAutomated().map(SnapshotRow::id)).contains(NEWEST_AUTOMATED);
        assertThat(status.latestManual().map(SnapshotRow::id)).contains("nexus-manual-20251220-101500");
    }

    @Test
    void shouldSendEachQueryWithItsActionVersionAndParametersWhenStatusIsAsked() {
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(MANUAL), Optional.empty()));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml"));

        rds().status(DB);

        assertThat(sent("DescribeDBInstances")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Action", "DescribeDBInstances", "Version", FakeAws.RDS_VERSION,
                "DBInstanceIdentifier", RdsXml.INSTANCE));
        assertThat(sent("DescribeDBSnapshots")).containsEntry("Version", FakeAws.RDS_VERSION)
                .containsEntry("DBInstanceIdentifier", RdsXml.INSTANCE).doesNotContainKey("SnapshotType");
        assertThat(sent("GetMetricData")).containsEntry("Version", FakeAws.CLOUDWATCH_VERSION)
                .containsEntry("MetricDataQueries.member.1.Id", "free")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/RDS")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.MetricName", "FreeStorageSpace")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Name",
                        "DBInstanceIdentifier")
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Dimensions.member.1.Value",
                        RdsXml.INSTANCE)
                .containsEntry("MetricDataQueries.member.1.MetricStat.Stat", "Minimum")
                .containsEntry("StartTime", "2025-12-31T23:50:00Z").containsEntry("EndTime", "2026-01-01T00:20:00Z");
        assertThat(aws.queryRequests("GetMetricData").get(0).getHeader("Authorization"))
                .contains("/us-west-2/monitoring/aws4_request");
        assertThat(aws.queryRequests("DescribeDBInstances").get(0).getHeader("Authorization"))
                .contains("/us-west-2/rds/aws4_request");
    }

    @Test
    void shouldReadEveryPageOfSnapshotsWhenRdsPaginates() {
        server.stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeDBSnapshots"))
                .withFormParam("Marker", absent()).willReturn(FakeAws.xml(200,
                        RdsXml.describeSnapshots(List.of(AUTOMATED_OLD), Optional.of("fake-marker")))));
        server.stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeDBSnapshots"))
                .withFormParam("Marker", equalTo("fake-marker")).willReturn(FakeAws.xml(200,
                        RdsXml.describeSnapshots(List.of(AUTOMATED_NEW, MANUAL), Optional.empty()))));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml"));

        RdsStatus status = rds().status(DB);

        assertThat(aws.queryRequests("DescribeDBSnapshots")).hasSize(2);
        assertThat(status.latestAutomated().map(SnapshotRow::id)).contains(NEWEST_AUTOMATED);
        assertThat(status.latestManual()).isPresent();
    }

    @Test
    void shouldStillAnswerAndSayWhyWhenCloudWatchDeniesTheFreeStorage() {
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(), Optional.empty()));
        aws.queryError("GetMetricData", 403, "AccessDenied",
                FakeAws.denied("cloudwatch:GetMetricData", Optional.empty()));

        RdsStatus status = rds().status(DB);

        assertThat(status.status()).isEqualTo("available");
        assertThat(status.free().bytes()).isEmpty();
        assertThat(status.free().missing().orElseThrow())
                .startsWith("nexus may not call cloudwatch:GetMetricData on *");
        assertThat(status.latestAutomated()).isEmpty();
    }

    @Test
    void shouldSayCloudWatchHasNoDatapointsWhenTheMetricIsEmpty() {
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(), Optional.empty()));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml")
                .replaceAll("(?s)<Timestamps>.*</Values>", "<Timestamps/><Values/>"));

        RdsStatus status = rds().status(DB);

        assertThat(status.free().missing()).contains("CloudWatch has no FreeStorageSpace datapoints in the last 30"
                + " minutes");
    }

    @Test
    void shouldNameTheInstanceWhenRdsDoesNotKnowIt() {
        aws.queryError("DescribeDBInstances", 404, "DBInstanceNotFound", "DBInstance nexus-platform-production-db"
                + " not found.");

        NexusException e = catchThrowableOfType(NexusException.class, () -> rds().status(DB));

        assertThat(e.getMessage()).isEqualTo("RDS instance nexus-platform-production-db was not found in us-west-2;"
                + " check the service's aws section in nexus.yml (the names, and aws.region)");
        assertThat(aws.queryRequests("DescribeDBSnapshots")).isEmpty();
    }

    @Test
    void shouldNameTheIamActionWhenRdsDeniesTheDescribe() {
        aws.queryError("DescribeDBInstances", 403, "AccessDenied",
                FakeAws.denied("rds:DescribeDBInstances",
                        Optional.of("arn:aws:rds:us-west-2:123456789012:db:" + RdsXml.INSTANCE)));

        NexusException e = catchThrowableOfType(NexusException.class, () -> rds().status(DB));

        assertThat(e.getMessage()).startsWith("nexus may not call rds:DescribeDBInstances on arn:aws:rds:us-west-2:"
                + "123456789012:db:nexus-platform-production-db (AWS denied it");
    }

    @Test
    void shouldRetryAndAnswerWhenRdsThrottlesOnce() {
        aws.querySequence("DescribeDBInstances", FakeAws.queryErrorAnswer("DescribeDBInstances", 400, "Throttling",
                "Rate exceeded"), FakeAws.xml(200, FakeAws.fixture("rds-describe-db-instances.xml")));
        aws.query("DescribeDBSnapshots", RdsXml.describeSnapshots(List.of(), Optional.empty()));
        aws.query("GetMetricData", FakeAws.fixture("cloudwatch-get-metric-data.xml"));

        RdsStatus status = rds().status(DB);

        assertThat(status.status()).isEqualTo("available");
        assertThat(aws.queryRequests("DescribeDBInstances")).hasSize(2);
    }

    private Map<String, String> sent(String action) {
        assertThat(aws.queryRequests(action)).hasSize(1);
        return FakeAws.form(aws.queryRequests(action).get(0));
    }
}
