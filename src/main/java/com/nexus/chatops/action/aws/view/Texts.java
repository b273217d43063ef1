package com.nexus.chatops.action.aws.view;

import com.nexus.chatops.slack.Mrkdwn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the AWS views share: escaped AWS text, code blocks with aligned columns, ages, byte sizes. */
final class Texts {
    private Texts() {}

    /** AWS's own words (event messages, alarm reasons) are shown, never read as markup. */
    static String plain(String text) {
        return Mrkdwn.escape(text);
    }

    static String code(String text) {
        return "`" + plain(text).replace("`", "ʼ") + "`";
    }

    static String block(String text) {
        return "```" + plain(text).replace("```", "ʼʼʼ") + "```";
    }

    /** Rows as columns two spaces apart, each as wide as its widest cell. */
    static String table(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder t = new StringBuilder();
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                t.append(cell).append(i == r.size() - 1 ? "" : " ".repeat(widths[i] - cell.length() + 2));
            }
            t.append('\n');
        }
        return t.toString().stripTrailing();
    }

    static String ago(Optional<Instant> then, Instant now) {
        return then.map(t -> ago(t, now)).orElse("?");
    }

    static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "just now";
        }
        long m = d.toMinutes();
        String age = m < 1 ? d.toSeconds() + "s" : m < 120 ? m + "m" : d.toHours() < 48 ? d.toHours() + "h"
                : d.toDays() + "d";
        return age + " ago";
    }

    static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    static String shorten(String text, int max) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
