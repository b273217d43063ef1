package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/** Reads a service's aws: section (an ECS service, an RDS instance, or both). */
final class AwsReader {
    private static final List<String> KEYS = List.of("ecs", "rds");
    private static final List<String> ECS_KEYS = List.of("cluster", "service");
    private static final List<String> RDS_KEYS = List.of("instance");

    private AwsReader() {}

    static Aws read(YamlCursor at) {
        at.mapping(KEYS);
        Optional<Ecs> ecs = at.key("ecs").absent() ? Optional.empty() : Optional.of(ecs(at.key("ecs")));
        Optional<Rds> rds = at.key("rds").absent() ? Optional.empty() : Optional.of(rds(at.key("rds")));
        if (ecs.isEmpty() && rds.isEmpty()) {
            at.problem("needs an ecs or an rds section");
        }
        return new Aws(ecs, rds);
    }

    private static Ecs ecs(YamlCursor at) {
        at.mapping(ECS_KEYS);
        String cluster = name(at, "cluster");
        String service = name(at, "service");
        return new Ecs(cluster, service);
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
}
