package com.nexus.chatops.config;

import java.util.List;

/**
 * nexus.yml could not be used. Carries every problem found, each naming the file, the key path and what is wrong,
 * so one run of nexus shows all there is to fix. Printing its message is the whole user-facing report.
 */
public class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        // No stack trace: this is a message for the person editing nexus.yml, not a bug report.
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
