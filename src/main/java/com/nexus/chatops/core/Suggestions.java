package com.nexus.chatops.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" — the closest candidate to a near miss, or nothing when no candidate is close. */
public final class Suggestions {

    /** Longer input is not a typo of any command, service or flag; skipping it keeps huge input cheap. */
    private static final int MAX_INPUT = 64;
    private static final int MIN_PREFIX = 3;

    private Suggestions() {
    }

    /**
     * The candidate within Damerau-Levenshtein distance max(1, length/3) of the input (case-insensitive), or that
     * the input is a prefix of (at least {@value #MIN_PREFIX} characters). Ties go to the smaller distance, then to
     * the alphabetically first candidate, so the answer never depends on collection order.
     */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        if (input == null || candidates == null || input.isBlank() || input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String typed = input.toLowerCase(Locale.ROOT);
        int threshold = Math.max(1, typed.length() / 3);
        record Scored(String candidate, int distance) {
        }
        return candidates.stream()
                .filter(c -> c != null && !c.isEmpty())
                .map(c -> {
                    String lower = c.toLowerCase(Locale.ROOT);
                    boolean prefix = typed.length() >= MIN_PREFIX && lower.startsWith(typed);
                    boolean close = Math.abs(lower.length() - typed.length()) <= threshold
                            && distance(typed, lower) <= threshold;
                    return prefix || close ? new Scored(c, distance(typed, lower)) : null;
                })
                .filter(s -> s != null)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** Optimal string alignment distance: edits plus swaps of two adjacent characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
