package com.nexus.chatops.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/** The PostgreSQL the tests run against (system property nexus.test.pg.url) and its per-test schemas. */
public final class PostgresTarget {

    public static final String URL_PROPERTY = "nexus.test.pg.url";
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static final Map<String, Optional<String>> PROBES = new ConcurrentHashMap<>();

    private PostgresTarget() {
    }

    public static String baseUrl() {
        return System.getProperty(URL_PROPERTY, DEFAULT_URL);
    }

    /** Skips the caller's tests when PostgreSQL is unreachable, except under CI=true, where that is a failure. */
    public static void requireReachable(String url, Map<String, String> env) {
        Optional<String> problem = probe(url);
        if (problem.isEmpty()) {
            return;
        }
        String message = "PostgreSQL at " + url.replaceAll("(?i)password=[^&]*", "password=***") + " is unreachable: " + problem.get();
        if ("true".equalsIgnoreCase(env.get("CI"))) {
            fail(message + " (CI=true: the PostgreSQL store tests are required)");
        }
        Assumptions.abort(message + " (skipping the PostgreSQL store tests)");
    }

    /** Probed once per URL and JVM: an unroutable host must not cost its timeout for every test. */
    public static Optional<String> probe(String url) {
        return PROBES.computeIfAbsent(url, PostgresTarget::connectOnce);
    }

    private static Optional<String> connectOnce(String url) {
        try (Connection connection = connect(url);
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(String.valueOf(e.getMessage()).lines().findFirst().orElse("no message"));
        }
    }

    public static String freshSchemaName() {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        return "nexus_test_" + HexFormat.of().formatHex(random);
    }

    public static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void dropSchema(String url, String schema) {
        try (Connection connection = connect(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        return DriverManager.getConnection(url, properties);
    }
}
