package com.nexus.chatops.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words while remembering where each starts, so free text (titles, messages) can be
 * taken exactly as typed. Control characters are dropped and every kind of space (NBSP from Slack clients,
 * tabs) counts as a separator.
 */
final class Tokenizer {

    record Token(String text, int start) {
    }

    record Tokens(String line, List<Token> tokens) {

        /** The line from the start of token {@code index} to its end, trimmed; "" past the last token. */
        String textFrom(int index) {
            return index >= tokens.size() ? "" : line.substring(tokens.get(index).start()).strip();
        }

        /** The line from the start of token {@code from} to the start of token {@code to}, trimmed. */
        String textBetween(int from, int to) {
            if (from >= tokens.size() || to <= from) {
                return "";
            }
            int end = to >= tokens.size() ? line.length() : tokens.get(to).start();
            return line.substring(tokens.get(from).start(), end).strip();
        }
    }

    private static final int MAX_REFERENCE = 200;

    private Tokenizer() {
    }

    static Tokens tokenize(String raw) {
        String line = normalize(raw == null ? "" : raw);
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean separator = i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\n';
            if (separator && start >= 0) {
                tokens.add(new Token(line.substring(start, i), start));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
                i = Math.max(i, referenceEnd(line, i) - 1);
            }
        }
        return new Tokens(line, List.copyOf(tokens));
    }

    /**
     * Slack writes mentions as one unit whose label may contain spaces ("<@U1|bob smith>"); returns the index just
     * past its '>' so it stays one word, or -1 when no such reference starts here.
     */
    private static int referenceEnd(String line, int at) {
        if (at + 1 >= line.length() || line.charAt(at) != '<' || "@#!".indexOf(line.charAt(at + 1)) < 0) {
            return -1;
        }
        for (int i = at + 2; i < line.length() && i < at + MAX_REFERENCE; i++) {
            char c = line.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** Keeps newlines (messages may span lines), turns other spacing into plain spaces, drops invisible chars. */
    static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\u2028' || cp == '\u2029') {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.CONTROL || isInvisible(cp)) {
                return;
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        return cp == '\u200B' || cp == '\u2060' || cp == '\uFEFF';
    }
}
