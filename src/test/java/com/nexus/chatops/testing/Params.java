package com.nexus.chatops.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Typed access to a call's parameters, failing the way Slack does when one is missing. */
record Params(Map<String, String> values) {

    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String required(String name) {
        String value = get(name);
        if (value == null) {
            throw new SlackError("invalid_arguments");
        }
        return value;
    }

    /** A required parameter whose absence Slack reports with a specific error. */
    String required(String name, String errorWhenMissing) {
        String value = get(name);
        if (value == null) {
            throw new SlackError(errorWhenMissing);
        }
        return value;
    }

    boolean flag(String name) {
        String value = get(name);
        return "true".equalsIgnoreCase(value) || "1".equals(value);
    }

    int intOr(String name, int fallback) {
        String value = get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new SlackError("invalid_arguments");
        }
    }

    /** Comma-separated ids (invite's {@code users}); also tolerates a JSON array. */
    List<String> list(String name) {
        String value = get(name);
        if (value == null) {
            return List.of();
        }
        String trimmed = value.replaceAll("[\\[\\]\"\\s]", "");
        return Arrays.stream(trimmed.split(",")).filter(s -> !s.isEmpty()).toList();
    }
}
