package com.nexus.chatops.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** manifest.yml and manifest.socket-mode.yml at the repository root, read as JSON trees. */
final class ManifestFiles {
    static final Path HTTP = Path.of("manifest.yml");
    static final Path SOCKET_MODE = Path.of("manifest.socket-mode.yml");

    private ManifestFiles() {}

    static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> botScopes(JsonNode manifest) {
        return texts(manifest.path("oauth_config").path("scopes").path("bot"));
    }

    static Set<String> botEvents(JsonNode manifest) {
        return texts(manifest.path("settings").path("event_subscriptions").path("bot_events"));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
