package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * A CloudWatch alarm in ALARM: its name, CloudWatch's reason ("Threshold Crossed: 3 datapoints …") and since
 * when it has been in that state; {@code metric} is namespace/name for a metric alarm, empty for a composite one.
 */
public record AlarmRow(String name, String reason, Optional<Instant> since, Optional<String> metric) {}
