package com.nexus.chatops.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A place in the parsed file: the node found there (possibly none), its key path for messages such as
 * {@code policy[2].severities[0]}, and the problems collector. Readers never throw; they report and move on.
 */
final class YamlCursor {
    private final JsonNode node;
    private final String path;
    private final Problems problems;

    YamlCursor(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    String path() {
        return path;
    }

    boolean absent() {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** Written as {@code key:} with nothing after it, which is also what an unquoted {@code #name} becomes. */
    boolean blank() {
        return node != null && node.isNull();
    }

    boolean isList() {
        return node != null && node.isArray();
    }

    void problem(String message) {
        problems.add(path, message);
    }

    YamlCursor key(String key) {
        return new YamlCursor(node == null ? null : node.get(key), path.isEmpty() ? key : path + "." + key, problems);
    }

    /** The entries of a mapping, after reporting keys outside {@code known}; empty if this is not a mapping. */
    Map<String, YamlCursor> mapping(List<String> known) {
        Map<String, YamlCursor> entries = entries();
        if (known != null) {
            entries.keySet().stream().filter(key -> !known.contains(key))
                    .forEach(key -> problem("unknown key \"" + key + "\"" + Hints.hint(key, known)));
        }
        return entries;
    }

    /** The entries of a mapping whose keys are names chosen by the user (services, roles, severities). */
    Map<String, YamlCursor> entries() {
        Map<String, YamlCursor> entries = new LinkedHashMap<>();
        if (absent()) {
            return entries;
        }
        if (!node.isObject()) {
            problem("must be a mapping of \"key: value\" lines, found " + describe());
            return entries;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            entries.put(field.getKey(), key(field.getKey()));
        }
        return entries;
    }

    List<YamlCursor> sequence() {
        List<YamlCursor> items = new ArrayList<>();
        if (absent()) {
            return items;
        }
        if (!node.isArray()) {
            problem("must be a list, e.g. [a, b] or lines starting with \"- \", found " + describe());
            return items;
        }
        for (int i = 0; i < node.size(); i++) {
            items.add(new YamlCursor(node.get(i), path + "[" + i + "]", problems));
        }
        return items;
    }

    Optional<String> text() {
        if (absent()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            problem("must be a single value, found " + describe());
            return Optional.empty();
        }
        return Optional.of(node.asText().trim());
    }

    /** The text at {@code key}, reporting it here when missing or blank. */
    Optional<String> required(String key) {
        YamlCursor child = key(key);
        Optional<String> text = child.text();
        if (child.absent() || text.map(String::isEmpty).orElse(false)) {
            problem("\"" + key + "\" is required");
            return Optional.empty();
        }
        return text;
    }

    Optional<Integer> integer() {
        if (absent()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem("must be a whole number, found " + describe());
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    Optional<Boolean> bool() {
        if (absent()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            problem("must be true or false, found " + describe());
            return Optional.empty();
        }
        return Optional.of(node.booleanValue());
    }

    /** A list of single values; a lone value where a list is expected is reported, not guessed at. */
    List<String> strings() {
        List<String> values = new ArrayList<>();
        for (YamlCursor item : sequence()) {
            item.text().ifPresent(values::add);
        }
        return values;
    }

    private String describe() {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        return "\"" + node.asText() + "\"";
    }
}
