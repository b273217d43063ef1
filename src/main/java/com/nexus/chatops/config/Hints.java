package com.nexus.chatops.config;

import com.nexus.chatops.core.Suggestions;
import java.util.Collection;

/** "did you mean …" for nexus.yml problems, from the same nearest-match the command parser uses. */
final class Hints {
    private Hints() {}

    /** " (did you mean "x"?)" or " (known: a, b, c)" to append to a message about {@code word}. */
    static String hint(String word, Collection<String> known) {
        return Suggestions.nearest(word, known)
                .map(match -> " (did you mean \"" + match + "\"?)")
                .orElseGet(() -> known.isEmpty() ? "" : " (known: " + String.join(", ", known) + ")");
    }
}
