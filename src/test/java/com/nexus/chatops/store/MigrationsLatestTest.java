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

/** The cheap "already current" check counts the scripts there are: a new V-script without it fails here. */
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
}
