package com.nexus.chatops.core;

import java.util.regex.Pattern;

/** Shaping text to a field's limit without splitting a character (or an escaped entity), and phase words as labels. */
public final class Texts {
    private static final Pattern BIDI = Pattern.compile("[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

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

    /** Like {@link #cut} for escaped mrkdwn: never ends inside an entity such as "&amp;". */
    public static String cutMrkdwn(String mrkdwn, int max) {
        if (mrkdwn == null || mrkdwn.length() <= max) {
            return cut(mrkdwn, max);
        }
        int end = max - 1;
        int amp = mrkdwn.lastIndexOf('&', end - 1);
        if (amp >= 0 && amp > end - 5 && mrkdwn.indexOf(';', amp) >= end) {
            end = amp;
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
