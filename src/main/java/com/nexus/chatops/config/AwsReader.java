package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a service's aws: section: its region, an ECS service, an RDS instance and its CloudWatch alarm prefix. */
final class AwsReader {
    private static final List<String> KEYS = List.of("region", "ecs", "rds", "alarmPrefix");
    private static final List<String> ECS_KEYS = List.of("cluster", "service", "count");
    private static final List<String> RDS_KEYS = List.of("instance");
    /** us-west-2, eu-central-1, us-gov-west-1, cn-northwest-1: what AWS_REGION takes. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]{1,2}");
    /** CloudWatch's limit for AlarmNamePrefix. */
    private static final int MAX_ALARM_PREFIX = 255;

    private AwsReader() {}

    static Aws read(YamlCursor at) {
        at.mapping(KEYS);
        Optional<Ecs> ecs = at.key("ecs").absent() ? Optional.empty() : Optional.of(ecs(at.key("ecs")));
        Optional<Rds> rds = at.key("rds").absent() ? Optional.empty() : Optional.of(rds(at.key("rds")));
        Optional<String> region = at.key("region").text();
        region.filter(r -> !Names.matches(REGION, r)).ifPresent(r -> at.key("region")
                .problem("\"" + r + "\" is not an AWS region code (e.g. us-west-2)"));
        Optional<String> alarmPrefix = alarmPrefix(at.key("alarmPrefix"));
        if (ecs.isEmpty() && rds.isEmpty() && alarmPrefix.isEmpty()) {
            at.problem("needs an ecs or an rds section (or at least an alarmPrefix)");
        }
        return new Aws(ecs, rds, region, alarmPrefix);
    }

    private static Ecs ecs(YamlCursor at) {
        at.mapping(ECS_KEYS);
        String cluster = name(at, "cluster");
        String service = name(at, "service");
        return new Ecs(cluster, service, Bounds.read(at.key("count")));
    }

    private static String name(YamlCursor at, String key) {
        String value = at.required(key).orElse("");
        if (!value.isEmpty() && !Names.matches(Names.ECS_NAME, value)) {
            at.key(key).problem("\"" + value + "\" is not an ECS " + key + " name (letters, digits, '-', '_') or ARN");
        }
        return value;
    }

    private static Rds rds(YamlCursor at) {
        at.mapping(RDS_KEYS);
        String instance = at.required("instance").orElse("");
        if (!instance.isEmpty() && !Names.matches(Names.RDS_INSTANCE, instance)) {
            at.key("instance").problem("\"" + instance + "\" is not an RDS instance identifier (a letter, then"
                    + " letters, digits and single '-', at most 63)");
        }
        return new Rds(instance);
    }

    private static Optional<String> alarmPrefix(YamlCursor at) {
        Optional<String> prefix = at.text();
        if (prefix.isPresent() && (prefix.get().isEmpty() || prefix.get().length() > MAX_ALARM_PREFIX
                || prefix.get().chars().anyMatch(Character::isISOControl))) {
            at.problem("must be the start of CloudWatch alarm names: 1 to " + MAX_ALARM_PREFIX
                    + " characters, no control characters");
            return Optional.empty();
        }
        return prefix;
    }
}
