package com.nexus.chatops.runbook.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The headings of one seed's Markdown, outside code blocks (where "# Check pod status" is a shell comment). */
final class SeedText {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private SeedText() {}

    static List<Heading> headings(String seed, String text) {
        List<Heading> headings = new ArrayList<>();
        Deque<Heading> open = new ArrayDeque<>();
        boolean inCode = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                inCode = !inCode;
                continue;
            }
            Matcher m = HEADING.matcher(lines[i]);
            if (inCode || !m.matches()) {
                continue;
            }
            int level = m.group(1).length();
            while (!open.isEmpty() && open.peek().level() >= level) {
                open.pop();
            }
            List<String> path = new ArrayList<>(open.isEmpty() ? List.of() : open.peek().path());
            path.add(normalise(m.group(2)));
            Heading heading = new Heading(seed, level, m.group(2), path, i + 1);
            headings.add(heading);
            open.push(heading);
        }
        return headings;
    }

    /**
     * A title as a citation writes it: without what precedes its first letter or digit (003's headings start with
     * an emoji, mis-encoded), with single spaces.
     */
    static String normalise(String title) {
        int start = 0;
        while (start < title.length() && !isAsciiLetterOrDigit(title.charAt(start))) {
            start++;
        }
        return title.substring(start).replaceAll("\\s+", " ").strip();
    }

    static String key(String title) {
        return normalise(title).toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
