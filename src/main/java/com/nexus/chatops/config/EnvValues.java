package com.nexus.chatops.config;

import java.util.Map;
import java.util.Optional;

/** Raw environment lookups: blank means unset, values are trimmed, parsing never throws. */
final class EnvValues {
    private final Map<String, String> env;

    EnvValues(Map<String, String> env) {
        this.env = env == null ? Map.of() : env;
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The URL without trailing slashes, so callers can append "/path" unconditionally. */
    String url(String name, String fallback) {
        String url = optional(name).orElse(fallback);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    int port(String name, int fallback) {
        Optional<String> text = optional(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            return Env.UNREADABLE_PORT;
        }
    }
}
