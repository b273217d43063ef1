package com.nexus.chatops.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.config.ConfigKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md names exactly the nexus.yml keys and environment variables the code reads. */
class ConfigurationDocTest {
    private static final Markdown DOC = Markdown.read("configuration.md");

    @Test
    void shouldDocumentEveryKeyTheLoaderReadsAndNoOther() throws Exception {
        var read = ConfigKeys.visitedBy(Path.of("nexus.example.yml"));

        assertThat(DOC.firstColumn("nexus.yml")).as("keys of the nexus.yml table")
                .containsExactlyInAnyOrderElementsOf(read);
    }

    @Test
    void shouldDocumentEveryEnvironmentVariableTheCodeReadsAndNoOther() throws Exception {
        var read = EnvironmentReads.all();

        assertThat(DOC.firstColumn("Environment variables")).as("variables of the environment table")
                .containsExactlyInAnyOrderElementsOf(read);
    }
}
