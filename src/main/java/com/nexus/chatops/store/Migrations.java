package com.nexus.chatops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Flyway over the vendor's own script folder: classpath:db/migration/sqlite or classpath:db/migration/postgresql
 * (the names Flyway's {vendor} placeholder would produce). The two folders hold equivalent schemas; a contract
 * test compares them.
 *
 * <p>A store that is already current is recognised with one query on Flyway's history table, and Flyway itself
 * (its configuration, a scan of the jar for scripts, a validation: about half a second of a cold start) is not
 * run. Anything else (an empty store, one behind or ahead of this build, a failed migration, no history table)
 * goes through Flyway, which migrates or says what is wrong.
 */
final class Migrations {
    /** The highest V-number among the scripts Flyway is handed; MigrationsLatestTest checks it against the folders. */
    static final int LATEST = ListedScripts.NAMES.stream()
            .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElse(0);

    private Migrations() {
    }

    static void apply(DataSource dataSource, StoreUrl url) {
        if (current(dataSource)) {
            return;
        }
        flyway(dataSource, url).load().migrate();
    }

    /** Flyway over this backend's scripts, in the store URL's schema when it names one. */
    static FluentConfiguration flyway(DataSource dataSource, StoreUrl url) {
        String folder = "db/migration/" + (url.postgres() ? "postgresql" : "sqlite");
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + folder)
                .resourceProvider(new ListedScripts(folder))
                .javaMigrationClassProvider(List::of)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                // every pending script in one transaction: an upgrade lands whole or not at all, and an empty
                // store's first start commits once instead of once per script (SQLite: 420 -> 330 ms to open).
                // A script that cannot run in a transaction (CREATE INDEX CONCURRENTLY) would be refused here.
                .group(true);
        url.currentSchema().ifPresent(schema -> config.schemas(schema).createSchemas(true));
        return config;
    }

    /** True when the history holds every version up to {@link #LATEST}, none above it, and no failure. */
    static boolean current(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            int highest = 0;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                highest = Math.max(highest, Integer.parseInt(rows.getString(1).trim()));
            }
            return highest == LATEST;
        } catch (SQLException | RuntimeException e) {
            return false; // no history table yet, or one this check does not read: Flyway decides
        }
    }
}
