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
import org.junit.jupiter.api.Test;

/** alarms against WireMock speaking CloudWatch's query protocol, which is what SDK 2.40.2 sends CloudWatch. */
class CloudWatchAlarmsWireMockTest extends AwsWireMockTestBase {
    static final String PREFIX = "nexus-platform-production";



    @Test
    void shouldAskForAlarmsInAlarmByPrefixOverTheQueryProtocolWhenAServiceIsNamed() {
        aws.query("DescribeAlarms", FakeAws.fixture("cloudwatch-describe-alarms-page2.xml"));

        alarms().inAlarm(Optional.of(PREFIX));

        assertThat(aws.queryRequests("DescribeAlarms")).singleElement().satisfies(r -> {
            assertThat(r.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(r.getHeader("Authorization")).contains("/us-west-2/monitoring/aws4_request");
            assertThat(FakeAws.form(r)).containsExactlyInAnyOrderEntriesOf(Map.of("Action", "DescribeAlarms",
                    "Version", FakeAws.CLOUDWATCH_VERSION, "StateValue", "ALARM", "AlarmNamePrefix", PREFIX,
                    "AlarmTypes.member.1", "MetricAlarm", "AlarmTypes.member.2", "CompositeAlarm"));
        });
    }

    @Test
    void shouldAskForEveryAlarmInAlarmWhenNoServiceIsNamed() {
        aws.query("DescribeAlarms", FakeAws.fixture("cloudwatch-describe-alarms-page2.xml"));

        alarms().inAlarm(Optional.empty());

        assertThat(FakeAws.form(aws.queryRequests("DescribeAlarms").get(0))).doesNotContainKey("AlarmNamePrefix")
                .containsEntry("StateValue", "ALARM");
    }

    @Test
    void shouldListMetricAndCompositeAlarmsOfEveryPageNewestFirstWithReasonAndSince() {
        server.stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeAlarms"))
                .withFormParam("NextToken", absent())
                .willReturn(FakeAws.xml(200, FakeAws.fixture("cloudwatch-describe-alarms.xml"))));
        server.stubFor(post(urlEqualTo("/")).withFormParam("Action", equalTo("DescribeAlarms"))
                .withFormParam("NextToken", equalTo("fake-next-page"))
                .willReturn(FakeAws.xml(200, FakeAws.fixture("cloudwatch-describe-alarms-page2.xml"))));

        List<AlarmRow> rows = alarms().inAlarm(Optional.of(PREFIX));

        assertThat(rows).extracting(AlarmRow::name).containsExactly("nexus-platform-production-high-error-rate",
                "nexus-platform-production-degraded", "nexus-platform-production-high-cpu");
        AlarmRow cpu = rows.get(2);
        assertThat(cpu.since()).contains(Instant.parse("2026-01-01T00:06:00Z"));
        assertThat(cpu.reason()).startsWith("Threshold Crossed: 3 out of the last 3 datapoints")
                .contains("OK -> ALARM transition");
        assertThat(cpu.metric()).contains("AWS/ECS/CPUUtilization");
        assertThat(rows.get(1).metric()).isEmpty();
        assertThat(rows.get(1).since()).contains(Instant.parse("2026-01-01T00:07:00Z"));
        assertThat(aws.queryRequests("DescribeAlarms")).hasSize(2);
    }

    @Test
    void shouldNameTheIamActionWhenCloudWatchDeniesTheAlarms() {
        aws.queryError("DescribeAlarms", 403, "AccessDenied",
                FakeAws.denied("cloudwatch:DescribeAlarms", Optional.empty()));

        NexusException e = catchThrowableOfType(NexusException.class, () -> alarms().inAlarm(Optional.of(PREFIX)));

        assertThat(e.getMessage()).isEqualTo("nexus may not call cloudwatch:DescribeAlarms on * (AWS denied it for"
                + " arn:aws:sts::123456789012:assumed-role/nexus/i-0fake: no identity-based policy allows the"
                + " cloudwatch:DescribeAlarms action); grant cloudwatch:DescribeAlarms in nexus's IAM policy —"
                + " deploy/iam-policy.json lists every action nexus calls");
    }

    @Test
    void shouldRetryAndAnswerWhenCloudWatchThrottlesOnce() {
        aws.querySequence("DescribeAlarms", FakeAws.queryErrorAnswer("DescribeAlarms", 400, "Throttling",
                "Rate exceeded"), FakeAws.xml(200, FakeAws.fixture("cloudwatch-describe-alarms-page2.xml")));

        List<AlarmRow> rows = alarms().inAlarm(Optional.of(PREFIX));

        assertThat(rows).hasSize(1);
        assertThat(aws.queryRequests("DescribeAlarms")).hasSize(2);
    }

    @Test
    void shouldSayAwsIsNotConfiguredWhenTheCredentialChainFindsNothing() {
        try (AwsServices unconfigured = aws.services(aws.settings(CLOCK), FakeAws.NO_KEYS)) {

            NexusException e = catchThrowableOfType(NexusException.class,
                    () -> unconfigured.alarms(Optional.of(FakeAws.REGION)).inAlarm(Optional.empty()));

            assertThat(e.getMessage()).startsWith("AWS is not configured here: no credentials");
            assertThat(server.getAllServeEvents()).isEmpty();
        }
    }
}
