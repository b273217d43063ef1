package com.nexus.chatops.runbook;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The line of everything in a runbook file, by JSON pointer ({@code /steps/investigate/1/run}): a key's own line
 * for a key, an item's first line for a list item. Problems found in the tree or in the records read from it
 * name the line an editor should jump to.
 */
final class Lines {
    private static final YAMLMapper YAML = new YAMLMapper();

    private final Map<String, Integer> lines = new HashMap<>();

    private Lines() {}

    /** Reads the token stream of already-parsed YAML once; a failure leaves the lines it got so far. */
    static Lines scan(String text) {
        Lines lines = new Lines();
        lines.lines.put("", 1);
        try (JsonParser parser = YAML.createParser(text)) {
            lines.read(parser);
        } catch (JacksonException e) {
            // the tree was parsed from the same text; nothing more to learn here
        }
        return lines;
    }

    /** An open mapping or list: its pointer, and for a list the index of its next item. */
    private static final class Open {
        final String pointer;
        final boolean list;
        int next;

        Open(String pointer, boolean list) {
            this.pointer = pointer;
            this.list = list;
        }
    }

    private void read(JsonParser parser) {
        Deque<Open> open = new ArrayDeque<>();
        String property = "";
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            int line = parser.currentTokenLocation().getLineNr();
            if (token == JsonToken.PROPERTY_NAME) {
                property = open.peek().pointer + "/" + escape(parser.currentName());
                lines.putIfAbsent(property, line);
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
            } else {
                String pointer = open.isEmpty() ? "" : open.peek().list
                        ? open.peek().pointer + "/" + open.peek().next++ : property;
                lines.putIfAbsent(pointer, line);
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new Open(pointer, token == JsonToken.START_ARRAY));
                }
            }
        }
    }

    /** The line of the node at {@code pointer}, or of its nearest ancestor that has one; 1 at worst. */
    int of(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null && line > 0) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
