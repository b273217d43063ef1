package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreUrlTest {

    @Test
    void shouldMaskPasswordsWhenUrlCarriesThem() {
        assertThat(StoreUrl.maskSecrets("jdbc:postgresql://db:5432/nexus?user=nexus&password=p%40ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/nexus?user=nexus&password=***&ssl=true");
        assertThat(StoreUrl.maskSecrets("jdbc:postgresql://nexus:p4ss@db/nexus"))
                .isEqualTo("jdbc:postgresql://nexus:***@db/nexus");
    }

    @Test
    void shouldFindSqliteFileWhenUrlHasPrefixAndOptions() {
        assertThat(StoreUrl.parse("jdbc:sqlite:./nexus.db").sqliteFile()).contains(Path.of("./nexus.db"));
        assertThat(StoreUrl.parse("jdbc:sqlite:file:/var/lib/nexus.db?cache=shared").sqliteFile())
                .contains(Path.of("/var/lib/nexus.db"));
        assertThat(StoreUrl.parse("jdbc:sqlite::memory:").sqliteFile()).isEmpty();
    }

    @Test
    void shouldUseFirstCurrentSchemaWhenPostgresUrlNamesSeveral() {
        assertThat(StoreUrl.parse("jdbc:postgresql://h/db?user=u&currentSchema=nexus,public").currentSchema())
                .contains("nexus");
        assertThat(StoreUrl.parse("jdbc:postgresql://h/db").currentSchema()).isEmpty();
    }
}
