package com.nexus.chatops.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nexus.yml keys the real loader asks for, recorded while it reads a file: every mapping of the file is
 * replaced by one that notes each key looked up in it (present or not), then {@link ConfigLoader} reads the tree as
 * it reads any file. Names the user chooses become placeholders ({@code services.<service>.kubernetes}), list items
 * {@code []} ({@code policy[].actions}).
 */
public final class ConfigKeys {
    private ConfigKeys() {}

    /** The keys the loader visits while reading {@code file}, which must be a valid nexus.yml. */
    public static Set<String> visitedBy(Path file) throws Exception {
        Problems problems = new Problems(file.getFileName().toString());
        JsonNode root = YamlText.parse(Files.readString(file), problems).orElseThrow();
        Set<String> raw = new TreeSet<>();
        Method read = ConfigLoader.class.getDeclaredMethod("read", YamlCursor.class, Path.class);
        read.setAccessible(true);
        NexusConfig config = (NexusConfig) read.invoke(null,
                new YamlCursor(recording(root, "", raw), "", problems), file);
        problems.throwIfAny();
        Set<String> keys = new TreeSet<>();
        raw.forEach(path -> keys.add(generic(path, config)));
        return keys;
    }

    private static String generic(String path, NexusConfig config) {
        String[] parts = path.split("\\.");
        Map<String, String> named = Map.of("services", "<service>", "severities", "<severity>", "roles", "<role>");
        if (parts.length > 1 && named.containsKey(parts[0])) {
            parts[1] = named.get(parts[0]);
        }
        if (parts.length > 2 && parts[0].equals("pagerduty") && parts[1].equals("priorities")
                && config.pagerduty().priorities().containsKey(parts[2])) {
            parts[2] = "<priority>";
        }
        return String.join(".", parts).replaceAll("\\[\\d+]", "[]");
    }

    private static JsonNode recording(JsonNode node, String path, Set<String> visited) {
        if (node.isObject()) {
            Recording copy = new Recording(path, visited);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), recording(field.getValue(), copy.child(field.getKey()), visited));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(recording(node.get(i), path + "[" + i + "]", visited));
            }
            return copy;
        }
        return node;
    }

    /** A mapping that records the path of every key looked up in it. */
    private static final class Recording extends ObjectNode {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final transient Set<String> visited;

        Recording(String path, Set<String> visited) {
            super(JsonNodeFactory.instance);
            this.path = path;
            this.visited = visited;
        }

        String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        @Override
        public JsonNode get(String key) {
            visited.add(child(key));
            return super.get(key);
        }
    }
}
