package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

/** CloudWatch alarms in ALARM, metric and composite, newest first; all of them or those whose names start so. */
public final class CloudWatchAlarms {
    static final String ACTION = "cloudwatch:DescribeAlarms";
    private final CloudWatchClient cloudWatch;
    private final String region;

    CloudWatchAlarms(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
        this.region = cloudWatch.serviceClientConfiguration().region().id();
    }

    public List<AlarmRow> inAlarm(Optional<String> namePrefix) {
        DescribeAlarmsRequest.Builder request = DescribeAlarmsRequest.builder().stateValue(StateValue.ALARM)
                .alarmTypes(AlarmType.METRIC_ALARM, AlarmType.COMPOSITE_ALARM);
        namePrefix.ifPresent(request::alarmNamePrefix);
        AwsCall call = new AwsCall(ACTION, namePrefix.map(p -> "alarms named " + p + "…").orElse("alarms"), "*",
                region, false, Map.of());
        List<AlarmRow> rows = new ArrayList<>();
        AwsErrors.call(call, () -> {
            for (DescribeAlarmsResponse page : cloudWatch.describeAlarmsPaginator(request.build())) {
                page.metricAlarms().forEach(a -> rows.add(new AlarmRow(a.alarmName(), text(a.stateReason()),
                        since(a.stateTransitionedTimestamp(), a.stateUpdatedTimestamp()),
                        Optional.ofNullable(a.metricName()).map(m -> a.namespace() + "/" + m))));
                page.compositeAlarms().forEach(a -> rows.add(new AlarmRow(a.alarmName(), text(a.stateReason()),
                        since(a.stateTransitionedTimestamp(), a.stateUpdatedTimestamp()), Optional.empty())));
            }
            return rows;
        });
        rows.sort(Comparator.comparing((AlarmRow r) -> r.since().orElse(Instant.EPOCH)).reversed());
        return rows;
    }

    /** When it went into ALARM; a reason update alone moves stateUpdated, not stateTransitioned. */
    private static Optional<Instant> since(Instant transitioned, Instant updated) {
        return Optional.ofNullable(transitioned != null ? transitioned : updated);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
