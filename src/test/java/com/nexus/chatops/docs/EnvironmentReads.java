package com.nexus.chatops.docs;

import com.nexus.chatops.config.Env;
import com.nexus.chatops.runbook.RunbookLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables nexus reads: those {@link Env#from} and {@link RunbookLoader#directory} look up in the
 * map they are given (recorded), and every {@code System.getenv("…")} or {@code env.get("…")} in the sources.
 */
final class EnvironmentReads {
    private static final Pattern LOOKUP = Pattern.compile("(?:getenv|env\\.get)\\(\"([A-Z][A-Z0-9_]*)\"\\)");

    private EnvironmentReads() {}

    static Set<String> all() throws IOException {
        Set<String> names = new TreeSet<>();
        Recording env = new Recording(names);
        Env.from(env);
        RunbookLoader.directory(env);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LOOKUP.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** An empty environment that notes every name looked up in it. */
    private static final class Recording extends HashMap<String, String> {
        private static final long serialVersionUID = 1L;
        private final transient Set<String> names;

        Recording(Set<String> names) {
            this.names = names;
        }

        @Override
        public String get(Object key) {
            names.add(String.valueOf(key));
            return super.get(key);
        }

        @Override
        public String getOrDefault(Object key, String fallback) {
            names.add(String.valueOf(key));
            return super.getOrDefault(key, fallback);
        }
    }
}
