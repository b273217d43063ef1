package com.nexus.chatops.config;

import java.util.Collection;
import java.util.Optional;

/** "did you mean …": the closest known word within a small edit distance, so typos get a fix and nonsense none. */
final class Suggestions {
    private Suggestions() {}

    static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(word.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean "x"?)" or " (known: a, b, c)" to append to a message about {@code word}. */
    static String hint(String word, Collection<String> known) {
        return closest(word, known)
                .map(match -> " (did you mean \"" + match + "\"?)")
                .orElseGet(() -> known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
