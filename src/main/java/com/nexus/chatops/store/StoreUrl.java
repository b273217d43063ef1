package com.nexus.chatops.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A validated store JDBC URL: which backend, where the SQLite file lives, which PostgreSQL schema. */
record StoreUrl(String jdbcUrl, boolean postgres) {

    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRES = "jdbc:postgresql:";
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*@");
    private static final Pattern CURRENT_SCHEMA = Pattern.compile("[?&]currentSchema=([^&;]+)");

    static StoreUrl parse(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new StoreException("no store URL given: expected jdbc:sqlite:<file> or jdbc:postgresql://…");
        }
        String url = jdbcUrl.strip();
        if (url.startsWith(POSTGRES)) {
            return new StoreUrl(url, true);
        }
        if (url.startsWith(SQLITE)) {
            return new StoreUrl(url, false);
        }
        throw new StoreException("unsupported store URL " + maskSecrets(url)
                + ": expected jdbc:sqlite:<file> or jdbc:postgresql://…");
    }

    /** Hides any password in a URL or message; applied to everything a store error shows. */
    static String maskSecrets(String text) {
        String masked = PASSWORD_PARAM.matcher(text).replaceAll("$1***");
        return USER_INFO.matcher(masked).replaceAll("$1***@");
    }

    String masked() {
        return maskSecrets(jdbcUrl);
    }

    /** True for SQLite databases that live only as long as their connection. */
    boolean inMemory() {
        String rest = jdbcUrl.substring(SQLITE.length());
        return !postgres && (rest.isEmpty() || rest.startsWith(":memory:") || rest.contains("mode=memory"));
    }

    /** The SQLite database file, if this URL names one. */
    Optional<Path> sqliteFile() {
        if (postgres || inMemory()) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(SQLITE.length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.isBlank() ? Optional.empty() : Optional.of(Path.of(path));
    }

    /** The PostgreSQL schema named by currentSchema (first entry), where migrations and tables go. */
    Optional<String> currentSchema() {
        if (!postgres) {
            return Optional.empty();
        }
        Matcher m = CURRENT_SCHEMA.matcher(jdbcUrl);
        return m.find() ? Optional.of(m.group(1).split(",")[0].strip()) : Optional.empty();
    }
}
