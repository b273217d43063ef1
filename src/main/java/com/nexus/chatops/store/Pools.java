package com.nexus.chatops.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Hikari pools tuned per backend. */
final class Pools {

    static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int POSTGRES_MAX_CONNECTIONS = 8;
    private static final int SQLITE_MAX_CONNECTIONS = 4;
    private static final long CONNECTION_TIMEOUT_MILLIS = 3000;

    private Pools() {
    }

    /** Fails fast (about 3 s) when the database is unreachable, so open and readiness do not hang. */
    static HikariDataSource open(StoreUrl url) {
        return new HikariDataSource(config(url, "nexus-store"));
    }

    /**
     * The inbox writer's own connection: its group commits never wait for a pooled connection, and handlers'
     * reads never wait behind inbox inserts. An in-memory SQLite database has only the one connection of
     * {@code shared}, so it is used as is.
     */
    static HikariDataSource writer(StoreUrl url, HikariDataSource shared) {
        if (url.inMemory()) {
            return shared;
        }
        HikariConfig config = config(url, "nexus-inbox");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static void configurePostgres(HikariConfig config) {
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(POSTGRES_MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        // seconds; bounds TCP connect and login so an unroutable host fails within the pool's timeout
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("loginTimeout", "3");
        config.addDataSourceProperty("ApplicationName", "nexus");
    }

    /**
     * sqlite-jdbc applies these pragmas whenever it opens a connection, so every pooled connection has them.
     * IMMEDIATE transactions take the write lock at BEGIN: a read-then-write transaction then waits on
     * busy_timeout instead of failing with SQLITE_BUSY when another writer got there first.
     */
    private static void configureSqlite(HikariConfig config, StoreUrl url) {
        config.setDriverClassName("org.sqlite.JDBC");
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MILLIS));
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        if (url.inMemory()) {
            // an in-memory database lives and dies with its only connection
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        } else {
            config.setMaximumPoolSize(SQLITE_MAX_CONNECTIONS);
            config.setMinimumIdle(1);
        }
    }

    /** One pool's settings for this store: named {@code prefix}-pg or {@code prefix}-sqlite. */
    private static HikariConfig config(StoreUrl url, String prefix) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(prefix + (url.postgres() ? "-pg" : "-sqlite"));
        config.setJdbcUrl(url.jdbcUrl());
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(2000);
        if (url.postgres()) {
            configurePostgres(config);
        } else {
            configureSqlite(config, url);
        }
        return config;
    }
}
