package com.nexus.chatops.runbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Parses a runbook's YAML into a tree, refusing a key written twice; a syntax error is one problem with its line. */
final class YamlTree {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private YamlTree() {}

    static Optional<JsonNode> parse(Path file, String text, List<Problem> problems) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(new Problem(file, 1, "", "is empty; a runbook needs id, title, summary and steps"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problems.add(new Problem(file, line, "", "is not valid YAML: " + plain(e.getOriginalMessage())));
            return Optional.empty();
        }
    }

    /** The parser's message without its echo of the source and its caret lines. */
    private static String plain(String message) {
        if (message != null && message.startsWith("Duplicate Object property \"")) {
            String key = message.substring("Duplicate Object property \"".length()).replaceFirst("\"[\\s\\S]*", "");
            return "key \"" + key + "\" appears twice in the same mapping; keep one";
        }
        List<String> kept = new ArrayList<>();
        for (String line : (message == null ? "" : message).split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("in reader") && !trimmed.startsWith("^")
                    && !line.startsWith("    ")) {
                kept.add(trimmed);
            }
        }
        return kept.isEmpty() ? "unreadable" : String.join("; ", kept);
    }
}
