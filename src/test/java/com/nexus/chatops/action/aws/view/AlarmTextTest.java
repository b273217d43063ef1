package com.nexus.chatops.action.aws.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.aws.AlarmRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** CloudWatch alarms in ALARM, as listed in Slack. */
class AlarmTextTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:20:00Z");

    @Test
    void shouldListNameSinceAndReasonWhenAlarmsAreFiring() {
        List<AlarmRow> rows = List.of(new AlarmRow("nexus-platform-production-high-cpu", "Threshold Crossed: 3"
                + " datapoints were greater than the threshold (80.0) (OK -> ALARM transition).",
                Optional.of(Instant.parse("2026-01-01T00:06:00Z")), Optional.of("AWS/ECS/CPUUtilization")));

        assertThat(AlarmText.alarms(rows, Optional.of("nexus-platform-production"), NOW)).isEqualTo(
                ":rotating_light: 1 CloudWatch alarm named `nexus-platform-production`… in ALARM:\n"
                        + "• *nexus-platform-production-high-cpu* — since 14m ago — Threshold Crossed: 3 datapoints"
                        + " were greater than the threshold (80.0) (OK -&gt; ALARM transition).");
    }

    @Test
    void shouldSayNoneWhenNothingIsInAlarm() {
        assertThat(AlarmText.alarms(List.of(), Optional.empty(), NOW))
                .isEqualTo(":white_check_mark: No CloudWatch alarms in ALARM.");
    }

    @Test
    void shouldCountTheRestWhenMoreAlarmsFireThanAMessageLists() {
        List<AlarmRow> rows = IntStream.range(0, AlarmText.MAX_LISTED + 2).mapToObj(i -> new AlarmRow("alarm-" + i,
                "reason", Optional.of(NOW), Optional.empty())).toList();

        String text = AlarmText.alarms(rows, Optional.empty(), NOW);

        assertThat(text).startsWith(":rotating_light: 12 CloudWatch alarms in ALARM:").endsWith("\n…and 2 more.")
                .doesNotContain("alarm-10");
    }
}
