package com.nexus.chatops.config;

import java.util.List;

/** Reads a {min, max} mapping: the replica bounds of a deployment, the task count bounds of an ECS service. */
final class Bounds {
    /** The most a scale command accepts; nexus.yml may not allow more. */
    static final int MAX = 1000;
    private static final List<String> KEYS = List.of("min", "max");

    private Bounds() {}

    static Replicas read(YamlCursor at) {
        if (at.absent()) {
            return Replicas.DEFAULT;
        }
        at.mapping(KEYS);
        if (at.key("min").absent()) {
            at.problem("\"min\" is required");
        }
        if (at.key("max").absent()) {
            at.problem("\"max\" is required");
        }
        int min = at.key("min").integer().orElse(Replicas.DEFAULT.min());
        int max = at.key("max").integer().orElse(Math.max(min, Replicas.DEFAULT.max()));
        if (min < 0) {
            at.key("min").problem("must be 0 or more, found " + min);
        }
        if (max < min) {
            at.key("max").problem("must be at least min (" + min + "), found " + max);
        } else if (max > MAX) {
            at.key("max").problem("must be at most " + MAX + ", found " + max);
        }
        return new Replicas(min, max);
    }
}
