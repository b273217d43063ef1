package com.nexus.chatops.command;

import java.util.Optional;

/** Checks for the plain values in a command line: numbers, free text, and how user input is echoed back. */
final class Values {

    static final int MAX_TITLE = 150;
    static final int MAX_TEXT = 3000;
    private static final int MAX_ECHO = 40;

    private Values() {
    }

    /**
     * User input as a code span, shortened and with backticks removed so it can't end the span early. Like every
     * problem text it is left unescaped: the view escapes the whole text, so an echoed "<!channel>" pings nobody.
     */
    static String code(String typed) {
        String clean = typed.replace('`', '\'').replace('\n', ' ');
        if (clean.codePointCount(0, clean.length()) > MAX_ECHO) {
            clean = clean.substring(0, clean.offsetByCodePoints(0, MAX_ECHO)) + "…";
        }
        return "`" + clean + "`";
    }

    /** @param label how the usage names the value, e.g. "<replicas>" */
    static int wholeNumber(String label, Optional<String> typed, int min, int max) {
        String shown = label;
        String value = typed.orElseThrow(() -> new ParseProblem("Missing " + shown + "."));
        String range = shown + " must be a whole number from " + min + " to " + max + ", not " + code(value) + ".";
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new ParseProblem(range);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new ParseProblem(range);
        }
        return number;
    }

    /** A one-line title: Slack escapes undone, spacing collapsed, at most {@value #MAX_TITLE} characters. */
    static String title(String typed) {
        String title = unescape(typed).replaceAll("\\s+", " ").strip();
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE) {
            throw new ParseProblem("The title is " + length + " characters long; keep it to " + MAX_TITLE
                    + " and put the details in an `update`.");
        }
        return title;
    }

    /** A message or summary: Slack escapes undone, line breaks kept, at most {@value #MAX_TEXT} characters. */
    static String text(String what, String typed) {
        String text = unescape(typed).strip();
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            throw new ParseProblem("The " + what + " is " + length + " characters long; keep it to " + MAX_TEXT + ".");
        }
        return text;
    }

    /** Slack escapes exactly these three in message text; &amp; last so "&amp;lt;" stays "&lt;". */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static ParseProblem unexpected(String extra, String verb, int allowed) {
        String takes = allowed == 0 ? " takes no arguments."
                : " takes " + (allowed == 1 ? "one argument." : "at most " + allowed + " arguments.");
        return new ParseProblem("Unexpected " + code(extra) + ": " + code(verb) + takes);
    }
}
