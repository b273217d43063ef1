package com.nexus.chatops.action.k8s;

import java.util.List;
import java.util.Optional;

/**
 * The end of one pod's log, bounded so that a reply can always show it: at most {@link #MAX_LINES} lines,
 * {@link #MAX_CHARS} characters in all and {@link #MAX_LINE_CHARS} per line, from at most {@link #MAX_READ_CHARS}
 * read off the API server. Truncation, when it happened, is said in plain words; otherPods names the deployment's
 * pods whose logs were not read.
 */
public record LogTail(String pod, String container, boolean previous, List<String> otherPods, String text,
        int lines, boolean truncated, Optional<String> truncation) {
    public static final int MAX_LINES = 1_000;
    /** Three Slack messages of 12,000 characters (four 3,000-character sections each), under the ~13,000 limit. */
    public static final int MAX_CHARS = 36_000;
    /** Longer lines are cut so that every line fits in one section block with room for formatting. */
    public static final int MAX_LINE_CHARS = 1_000;
    /** Reading stops here whatever the server sends, so a misbehaving log never costs more than this. */
    public static final int MAX_READ_CHARS = 1 << 20;

    public LogTail {
        otherPods = List.copyOf(otherPods);
    }
}
