package com.nexus.chatops.reply;

/** Cutting user text to Slack's field limits without splitting a character in two. */
public final class Texts {
    private Texts() {}

    /**
     * At most {@code max} UTF-16 units (never more code points, so safe whichever way Slack counts), ending in
     * "…" when something was cut.
     */
    public static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
