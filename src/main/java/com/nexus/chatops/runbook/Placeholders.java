package com.nexus.chatops.runbook;

import com.nexus.chatops.config.Service;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a runbook may write in braces so one procedure serves every service: {@code {service}},
 * {@code {namespace}}, {@code {deployment}}, {@code {ecs.cluster}}, {@code {ecs.service}}, {@code {rds.instance}},
 * {@code {replicas.min}}, {@code {replicas.max}}. Anything else in braces (jsonpath, awk, JSON) is left alone.
 */
public final class Placeholders {
    private static final Map<String, Platform> PLATFORM = Map.of(
            "namespace", Platform.KUBERNETES, "deployment", Platform.KUBERNETES,
            "replicas.min", Platform.KUBERNETES, "replicas.max", Platform.KUBERNETES,
            "ecs.cluster", Platform.ECS, "ecs.service", Platform.ECS, "rds.instance", Platform.RDS);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{(service|namespace|deployment|ecs\\.cluster|ecs\\.service|rds\\.instance|replicas\\.min|replicas\\.max)}");

    private Placeholders() {}

    /** The text with every placeholder this service has a value for replaced; the others stay as written. */
    public static String fill(String text, Service service) {
        Map<String, Optional<String>> values = values(service);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1)).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The platforms whose placeholders the text uses: {@code {deployment}} makes a step a Kubernetes step. */
    static Set<Platform> platforms(String text) {
        Set<Platform> platforms = EnumSet.noneOf(Platform.class);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            Optional.ofNullable(PLATFORM.get(m.group(1))).ifPresent(platforms::add);
        }
        return platforms;
    }

    private static Map<String, Optional<String>> values(Service service) {
        Map<String, Optional<String>> v = new LinkedHashMap<>();
        v.put("service", Optional.of(service.name()));
        v.put("namespace", service.kubernetes().map(k -> k.namespace()));
        v.put("deployment", service.kubernetes().map(k -> k.deployment()));
        v.put("replicas.min", replicas(service, r -> r.min()));
        v.put("replicas.max", replicas(service, r -> r.max()));
        v.put("ecs.cluster", service.ecs().map(e -> e.cluster()));
        v.put("ecs.service", service.ecs().map(e -> e.service()));
        v.put("rds.instance", service.rds().map(r -> r.instance()));
        return v;
    }

    private static Optional<String> replicas(Service service,
                                             Function<com.nexus.chatops.config.Replicas, Integer> bound) {
        return service.kubernetes().map(k -> String.valueOf(bound.apply(k.replicas())));
    }
}
