package com.nexus.chatops.action.k8s;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Bounds a log on the way in (characters read) and on the way out (lines, characters, line length). */
final class LogText {
    record Read(String text, boolean cut) {}

    private LogText() {}

    static Read read(Reader reader, int maxChars) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer, 0, Math.min(buffer.length, maxChars + 1 - text.length()))) > 0) {
            text.append(buffer, 0, n);
            if (text.length() > maxChars) {
                // Stop here: one character past the cap is enough to know there was more.
                return new Read(text.substring(0, maxChars), true);
            }
        }
        return new Read(text.toString(), false);
    }

    static LogTail shape(String pod, String container, boolean previous, List<String> others, Read read,
            int tail, int requested) {
        List<String> all = new ArrayList<>(Arrays.asList(read.text().split("\n", -1)));
        if (all.get(all.size() - 1).isEmpty() || (read.cut() && all.size() > 1)) {
            all.remove(all.size() - 1); // a trailing newline, or a line the read cap cut in two
        }
        List<String> wanted = all.subList(Math.max(0, all.size() - tail), all.size());
        List<String> kept = new ArrayList<>();
        int chars = 0;
        int cutLines = 0;
        for (int i = wanted.size() - 1; i >= 0; i--) {
            String line = wanted.get(i);
            if (line.length() > LogTail.MAX_LINE_CHARS) {
                line = line.substring(0, LogTail.MAX_LINE_CHARS - 1) + "…";
                cutLines++;
            }
            if (chars + line.length() + 1 > LogTail.MAX_CHARS) {
                break;
            }
            chars += line.length() + 1;
            kept.add(0, line);
        }
        List<String> notes = new ArrayList<>();
        if (requested > tail) {
            notes.add("at most " + LogTail.MAX_LINES + " lines are read (asked for " + requested + ")");
        }
        if (kept.size() < all.size()) {
            notes.add("showing the last " + kept.size() + " of " + all.size() + " lines read");
        }
        if (cutLines > 0) {
            notes.add(cutLines + " line(s) longer than " + LogTail.MAX_LINE_CHARS + " characters were cut");
        }
        if (read.cut()) {
            notes.add("reading stopped after " + LogTail.MAX_READ_CHARS + " characters, so the newest lines may be"
                    + " missing");
        }
        String text = kept.isEmpty() ? "" : String.join("\n", kept) + "\n";
        return new LogTail(pod, container, previous, others, text, kept.size(), !notes.isEmpty(),
                notes.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", notes)));
    }
}
