package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Rds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * An instance's free storage from CloudWatch: the newest 5-minute minimum of AWS/RDS FreeStorageSpace in the
 * last half hour (RDS publishes it every minute), through GetMetricData, the call CloudWatch recommends.
 */
final class FreeStorageReader {
    static final String ACTION = "cloudwatch:GetMetricData";
    private static final Duration LOOK_BACK = Duration.ofMinutes(30);
    private static final int PERIOD_SECONDS = 300;
    private final CloudWatchClient cloudWatch;
    private final Clock clock;

    FreeStorageReader(CloudWatchClient cloudWatch, Clock clock) {
        this.cloudWatch = cloudWatch;
        this.clock = clock;
    }

    FreeStorage read(Rds target) {
        String region = cloudWatch.serviceClientConfiguration().region().id();
        AwsCall call = new AwsCall(ACTION, "FreeStorageSpace of " + RdsTargets.subject(target), "*", region, false,
                Map.of());
        try {
            return latest(cloudWatch.getMetricData(request(target, clock.instant())).metricDataResults());
        } catch (SdkException e) {
            return FreeStorage.missing(AwsErrors.message(call, e));
        }
    }

    static GetMetricDataRequest request(Rds target, Instant now) {
        Metric metric = Metric.builder().namespace("AWS/RDS").metricName("FreeStorageSpace")
                .dimensions(Dimension.builder().name("DBInstanceIdentifier").value(target.instance()).build()).build();
        return GetMetricDataRequest.builder().startTime(now.minus(LOOK_BACK)).endTime(now)
                .scanBy(ScanBy.TIMESTAMP_DESCENDING)
                .metricDataQueries(MetricDataQuery.builder().id("free").returnData(true)
                        .metricStat(MetricStat.builder().metric(metric).period(PERIOD_SECONDS).stat("Minimum").build())
                        .build())
                .build();
    }

    private static FreeStorage latest(java.util.List<MetricDataResult> results) {
        for (MetricDataResult r : results) {
            if (!r.values().isEmpty() && r.timestamps().size() == r.values().size()) {
                int newest = 0;
                for (int i = 1; i < r.timestamps().size(); i++) {
                    if (r.timestamps().get(i).isAfter(r.timestamps().get(newest))) {
                        newest = i;
                    }
                }
                return FreeStorage.of(Math.round(r.values().get(newest)), r.timestamps().get(newest));
            }
        }
        return FreeStorage.missing("CloudWatch has no FreeStorageSpace datapoints in the last "
                + LOOK_BACK.toMinutes() + " minutes");
    }
}
