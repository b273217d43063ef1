package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one file instead of stopping at the first mistake. */
final class Problems {
    private final String file;
    private final List<String> lines = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String path, String message) {
        lines.add(path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message);
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    void throwIfAny() {
        if (!lines.isEmpty()) {
            throw new ConfigException(lines);
        }
    }
}
