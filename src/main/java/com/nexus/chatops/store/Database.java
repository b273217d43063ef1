package com.nexus.chatops.store;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * The nexus store: a pooled, migrated database. SQLite ({@code jdbc:sqlite:./nexus.db}) by default, PostgreSQL
 * when the URL is {@code jdbc:postgresql:…} so several replicas can share state.
 */
public final class Database implements AutoCloseable {

    private static final long PING_DEADLINE_MILLIS = 2000;

    private final StoreUrl url;
    private final HikariDataSource pool;
    private final HikariDataSource writerPool;
    private final InboxWriter inboxWriter;
    private final Jdbc jdbc;
    private final Inbox inbox;
    private final DaySequence daySequence;
    private final Writability writability;
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "nexus-store-ping");
        thread.setDaemon(true);
        return thread;
    });

    private Database(StoreUrl url, HikariDataSource pool, Clock clock) {
        this.url = url;
        this.pool = pool;
        this.jdbc = new Jdbc(pool);
        this.writerPool = Pools.writer(url, pool);
        this.inboxWriter = new InboxWriter(writerPool, clock);
        this.inbox = new Inbox(jdbc, clock, inboxWriter);
        this.daySequence = new DaySequence(jdbc);
        this.writability = Writability.of(pool, clock, url.sqliteFile());
    }

    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    /** Opens and migrates the store; throws {@link StoreException} with an operator-safe message on failure. */
    public static Database open(String jdbcUrl, Clock clock) {
        StoreUrl url = StoreUrl.parse(jdbcUrl);
        url.sqliteFile().ifPresent(file -> createParentDirectories(file, url));
        HikariDataSource pool;
        try {
            pool = Pools.open(url);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + url.masked() + ": " + OpenFailures.describe(e), e);
        }
        try {
            Migrations.apply(pool, url);
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot migrate store " + url.masked() + ": " + OpenFailures.describe(e), e);
        }
        return new Database(url, pool, clock);
    }

    /**
     * Opens a store that must already exist, as it is: nothing is created and nothing migrated (for reading it,
     * as `audit verify` does). A SQLite file that does not exist is refused before the driver would create it.
     */
    public static Database openExisting(String jdbcUrl) {
        StoreUrl url = StoreUrl.parse(jdbcUrl);
        url.sqliteFile().filter(file -> !Files.isRegularFile(file)).ifPresent(file -> {
            throw new StoreException("no store at " + file.toAbsolutePath() + ": the file does not exist");
        });
        try {
            return new Database(url, Pools.open(url), Clock.systemUTC());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + url.masked() + ": " + OpenFailures.describe(e), e);
        }
    }

    private static void createParentDirectories(Path file, StoreUrl url) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot open store " + url.masked() + ": cannot create directory " + parent, e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public boolean isPostgres() {
        return url.postgres();
    }

    public Inbox inbox() {
        return inbox;
    }

    public DaySequence daySequence() {
        return daySequence;
    }

    /** True when {@code SELECT 1} succeeds within about two seconds; never throws, never blocks longer. */
    public boolean ping() {
        if (pool.isClosed()) {
            return false;
        }
        try {
            return CompletableFuture.supplyAsync(this::selectOne, pinger)
                    .get(PING_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Null when the store takes writes that last (a heartbeat row written within about two seconds, and for
     * SQLite the path still naming the open file); otherwise why not. Never throws, never blocks longer.
     */
    public String notWritable() {
        if (pool.isClosed()) {
            return "store unreachable: its connection pool is closed";
        }
        try {
            return CompletableFuture.supplyAsync(writability::problem, pinger)
                    .get(PING_DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while checking the store";
        } catch (TimeoutException e) {
            return "store did not take a write within " + PING_DEADLINE_MILLIS + " ms";
        } catch (Exception e) {
            return "store check failed: " + e.getClass().getSimpleName();
        }
    }

    private boolean selectOne() {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet rs = statement.executeQuery("SELECT 1")) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        inboxWriter.close();
        writerPool.close();
        pool.close();
    }
}
