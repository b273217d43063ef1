package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * manifest.yml and its Socket Mode twin: valid for Slack, the same app apart from the transport, and switching on
 * the features the code registers listeners for. {@link SlackManifestServerTest} sends the manifest's command,
 * shortcut and URLs to the real server.
 */
class SlackManifestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> manifests() {
        return List.of(ManifestFiles.HTTP, ManifestFiles.SOCKET_MODE);
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void shouldValidateAgainstSlacksManifestSchemaWhenReadAsJson(Path file) throws Exception {
        // Given Slack's app manifest schema
        String iri = "https://nexus.invalid/specs/slack-app-manifest.schema.1.0.0.json";
        String schemaText;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("specs/slack-app-manifest.schema.1.0.0.json")) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(Dialects.getDraft7(),
                builder -> builder.schemas(Map.of(iri, schemaText))).getSchema(SchemaLocation.of(iri));

        // When the manifest is validated
        List<String> errors = new ArrayList<>();
        for (Error e : schema.validate(JSON.writeValueAsString(ManifestFiles.read(file)), InputFormat.JSON)) {
            errors.add(e.toString());
        }

        // Then Slack's schema finds nothing wrong
        assertThat(errors).as(file.toString()).isEmpty();
    }

    @Test
    void shouldDescribeTheSameAppWhenTheSocketModeVariantLeavesOutOnlyTheRequestUrls() {
        // Given both manifests
        ObjectNode http = (ObjectNode) ManifestFiles.read(ManifestFiles.HTTP);
        JsonNode socket = ManifestFiles.read(ManifestFiles.SOCKET_MODE);

        // When the HTTP one loses its request URLs and turns Socket Mode on
        http.findParents("url").forEach(p -> ((ObjectNode) p).remove("url"));
        http.findParents("request_url").forEach(p -> ((ObjectNode) p).remove("request_url"));
        ((ObjectNode) http.path("settings")).put("socket_mode_enabled", true);

        // Then it is the Socket Mode one
        assertThat(socket).isEqualTo(http);
        assertThat(ManifestFiles.read(ManifestFiles.HTTP).path("settings").path("socket_mode_enabled").asBoolean())
                .isFalse();
    }

    @Test
    void shouldEnableInteractivityAndTheHomeTabWhenTheCodeListensForThem() {
        // Given what the code registers
        SlackUsage usage = SlackUsage.read();

        // When the manifests are read
        for (Path file : manifests()) {
            JsonNode manifest = ManifestFiles.read(file);

            // Then buttons and forms reach nexus, and the Home tab it publishes is switched on
            boolean interactive = usage.listeners.keySet().stream().anyMatch(kind -> kind.startsWith("block")
                    || kind.startsWith("view") || kind.endsWith("Shortcut"));
            assertThat(manifest.path("settings").path("interactivity").path("is_enabled").asBoolean())
                    .as(file.toString()).isEqualTo(interactive);
            assertThat(manifest.path("features").path("app_home").path("home_tab_enabled").asBoolean())
                    .as(file.toString()).isEqualTo(usage.events.contains("app_home_opened"));
            assertThat(manifest.path("features").path("bot_user").path("display_name").asText()).isNotBlank();
        }
    }


}
