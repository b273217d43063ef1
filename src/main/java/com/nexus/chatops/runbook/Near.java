package com.nexus.chatops.runbook;

import com.nexus.chatops.core.Suggestions;
import java.util.Collection;
import java.util.Optional;

/** "did you mean …" for runbook problems, from the same nearest-match the command parser and nexus.yml use. */
public final class Near {
    private Near() {}

    public static Optional<String> nearest(String typed, Collection<String> known) {
        return Suggestions.nearest(typed, known);
    }

    /** " (did you mean "x"?)", or "" when nothing is close. */
    public static String hint(String typed, Collection<String> known) {
        return nearest(typed, known).map(match -> " (did you mean \"" + match + "\"?)").orElse("");
    }
}
