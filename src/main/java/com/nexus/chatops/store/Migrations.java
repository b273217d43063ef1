package com.nexus.chatops.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Flyway over the vendor's own script folder: classpath:db/migration/sqlite or classpath:db/migration/postgresql
 * (the names Flyway's {vendor} placeholder would produce). The two folders hold equivalent schemas; a contract
 * test compares them.
 */
final class Migrations {

    private Migrations() {
    }

    static void apply(DataSource dataSource, StoreUrl url) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + (url.postgres() ? "postgresql" : "sqlite"))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .cleanDisabled(true);
        url.currentSchema().ifPresent(schema -> config.schemas(schema).createSchemas(true));
        config.load().migrate();
    }
}
