package com.nexus.chatops.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** src/test/resources/slack/scopes.yml: what each Slack method, event and listener kind needs, from Slack's docs. */
final class ScopeTable {
    /** One requirement: any one of these scopes grants it. */
    record AnyOf(Set<String> scopes) {
        boolean grantedBy(Set<String> granted) {
            return scopes.stream().anyMatch(granted::contains);
        }

        @Override
        public String toString() {
            return String.join(" or ", scopes);
        }
    }

    /** Something nexus does ("method chat.postMessage") and the requirements it brings. */
    record Need(String what, List<AnyOf> requirements) {
    }

    private final JsonNode table;

    private ScopeTable(JsonNode table) {
        this.table = table;
    }

    static ScopeTable load() {
        try (InputStream in = ScopeTable.class.getClassLoader().getResourceAsStream("slack/scopes.yml")) {
            return new ScopeTable(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every need of this usage; empty entries for what the table does not know (the test names those). */
    Map<String, Optional<Need>> needs(SlackUsage usage) {
        Map<String, Optional<Need>> needs = new LinkedHashMap<>();
        usage.webApiMethods.forEach(m -> needs.put("method " + m, need("methods", m)));
        usage.events.forEach(e -> needs.put("event " + e, need("events", e)));
        usage.listeners.keySet().forEach(kind -> needs.put("listener " + kind, need("listeners", kind)
                .or(() -> Optional.of(new Need("listener " + kind, List.of())))));
        return needs;
    }

    private Optional<Need> need(String section, String name) {
        JsonNode entry = table.path(section).get(name);
        if (entry == null) {
            return Optional.empty();
        }
        List<AnyOf> requirements = new ArrayList<>();
        entry.forEach(r -> requirements.add(new AnyOf(Set.of(r.asText().split("\\|")))));
        return Optional.of(new Need(section + " " + name, requirements));
    }
}
