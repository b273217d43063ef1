package com.nexus.chatops.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML into a tree and turns syntax errors into one plain sentence with line and column: the person reading
 * it is editing a config file, so parser jargon such as "block end" is translated, and no class name leaks.
 */
final class YamlText {
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** "key: #ops" or "[#ops": a value that YAML silently turned into a comment. */
    private static final Pattern UNQUOTED_HASH_VALUE = Pattern.compile("[:\\[{,]\\s*#");

    private YamlText() {}

    /** The document's tree (a missing node for an empty file), or empty after reporting why it is not YAML. */
    static Optional<JsonNode> parse(String text, Problems problems) {
        try {
            return Optional.of(MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            problems.add("", explain(e, text));
        } catch (RuntimeException e) {
            problems.add("", "is not valid YAML");
        }
        return Optional.empty();
    }

    private static String explain(JsonProcessingException e, String text) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark start = marked.getContextMark();
            String explained = at(marked.getProblemMark()) + YamlErrorWords.explain(marked.getContext(),
                    start == null ? null : at(start).replace(": ", ""), marked.getProblem());
            boolean flow = marked.getContext() != null && marked.getContext().contains("flow");
            boolean comment = text.lines().limit(marked.getProblemMark().getLine() + 1L)
                    .anyMatch(line -> UNQUOTED_HASH_VALUE.matcher(line).find());
            return flow && comment
                    ? explained + "; if a value starts with #, quote it (\"#ops\"), as # begins a comment"
                    : explained;
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = e.getLocation() == null ? "" : at(e.getLocation());
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.length() - 1);
            return where + "key \"" + key + "\" appears twice in the same mapping; keep one";
        }
        return where + "is not valid YAML";
    }

    private static String at(Mark mark) {
        return "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
    }

    private static String at(JsonLocation location) {
        return location.getLineNr() < 1 ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
