package com.nexus.chatops.core;

import java.util.regex.Pattern;

/** Shaping text to a field's limit without splitting a character (or an escaped entity), and phase words as labels. */
public final class Texts {
    private static final Pattern BIDI = Pattern.compile("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");
    static final int LOG_LIMIT = 500;

    private Texts() {}

    /**
     * At most {@code max} UTF-16 units (never more code points, so safe whichever way Slack counts), ending in
     * "…" when something was cut.
     */
    public static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() <= max ? s : cutAt(s, max - 1);
    }

    /**
     * Like {@link #cut} for escaped mrkdwn: never ends inside an entity such as "&amp;" nor inside a mention such
     * as {@code <@U024BE7LH>} (in escaped mrkdwn every '<' opens markup), which is left out whole.
     */
    public static String cutMrkdwn(String mrkdwn, int max) {
        if (mrkdwn == null || mrkdwn.length() <= max) {
            return cut(mrkdwn, max);
        }
        int end = max - 1;
        int amp = mrkdwn.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 5 && mrkdwn.indexOf(';', amp) >= end) {
            end = amp;
        }
        int open = mrkdwn.lastIndexOf('<', end - 1);
        if (open >= 0 && mrkdwn.lastIndexOf('>', end - 1) < open) {
            end = open;
        }
        return cutAt(mrkdwn, end);
    }

    /**
     * Without the bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069), which
     * can make a title read differently from what it says; null stays null.
     */
    public static String withoutBidi(String s) {
        return s == null ? null : BIDI.matcher(s).replaceAll("");
    }

    /**
     * Text someone else wrote, made safe for one log line: line breaks and other control or direction characters
     * become visible escapes ({@code \n}, {@code \u202e}), so user text can never forge a log line; cut to
     * {@value #LOG_LIMIT} characters.
     */
    public static String forLog(String s) {
        if (s == null) {
            return "null";
        }
        String text = cut(s, LOG_LIMIT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                            || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** "investigating" → "Investigating", for phase words shown as labels. */
    public static String capitalized(String word) {
        return word == null || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String cutAt(String s, int end) {
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
