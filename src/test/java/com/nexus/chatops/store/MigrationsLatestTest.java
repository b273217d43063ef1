package com.nexus.chatops.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cheap "already current" check counts the scripts there are, and Flyway is handed them by name: a new
 * V-script counted or named in neither place fails here.
 */
class MigrationsLatestTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void shouldKnowTheHighestScriptOfEachFolder(String vendor) throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            int highest = scripts.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
            assertThat(highest).isEqualTo(Migrations.LATEST);
        }
    }

    /** Flyway is handed the scripts by name (no scan of the jar): a script not named would never run. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void shouldNameEveryScriptOfEachFolder(String vendor) throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration", vendor))) {
            assertThat(scripts.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(ListedScripts.NAMES);
        }
    }
}
