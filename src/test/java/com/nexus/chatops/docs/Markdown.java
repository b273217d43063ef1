package com.nexus.chatops.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A markdown file of docs/, read the way its tests need: fenced code blocks and the first column of tables. */
public record Markdown(Path file, List<String> lines) {
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** A fenced block: its info string ("yaml", "sh", …) and its lines. */
    public record Block(String language, int line, List<String> lines) {
        public String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    public static Markdown read(String name) {
        Path file = Path.of("docs", name);
        try {
            return new Markdown(file, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The text outside fenced blocks. */
    public String prose() {
        StringBuilder out = new StringBuilder();
        boolean fenced = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    public List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                String language = lines.get(i).substring(3).strip();
                int start = i + 1;
                List<String> body = new ArrayList<>();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.add(lines.get(i));
                }
                blocks.add(new Block(language, start + 1, body));
            }
        }
        return blocks;
    }

    public List<Block> blocks(String language) {
        return blocks().stream().filter(b -> b.language().equals(language)).toList();
    }

    /** The code spans (`…`) in the first column of every table row under the heading {@code section}. */
    public Set<String> firstColumn(String section) {
        Set<String> values = new LinkedHashSet<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.startsWith("#")) {
                inside = line.replaceFirst("^#+\\s*", "").equals(section);
            } else if (inside && line.startsWith("|") && !line.startsWith("|---")) {
                Matcher m = CODE.matcher(line.split("\\|")[1]);
                while (m.find()) {
                    values.add(m.group(1));
                }
            }
        }
        return values;
    }
}
