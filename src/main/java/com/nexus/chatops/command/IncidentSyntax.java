package com.nexus.chatops.command;

import com.nexus.chatops.core.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Syntax of the incident lifecycle commands. */
final class IncidentSyntax {

    /** Looks like a severity ("sev9", "P0") even when the vocabulary doesn't know it. */
    private static final Pattern SEVERITY_LIKE = Pattern.compile("(?i)(sev|p)[0-9]+");

    private IncidentSyntax() {
    }

    /**
     * The severity may come first ("sev2 Payments down", "critical DB down") or last ("Payments down sev2"); at the
     * end only a level-like word (sevN, pN) counts, so a title ending in "critical" stays a title.
     */
    static Command declare(Input in) {
        List<String> words = in.words();
        if (words.isEmpty()) {
            return new Command.Declare(Optional.empty(), "");
        }
        String first = words.get(0);
        Optional<String> severity = in.vocabulary().severity(first);
        if (severity.isEmpty() && SEVERITY_LIKE.matcher(first).matches()) {
            throw unknownSeverity(first, in.vocabulary());
        }
        if (severity.isPresent() || words.size() < 2) {
            return new Command.Declare(severity, Values.title(in.textFrom(severity.isPresent() ? 1 : 0)));
        }
        String last = words.get(words.size() - 1);
        if (!SEVERITY_LIKE.matcher(last).matches()) {
            return new Command.Declare(Optional.empty(), Values.title(in.textFrom(0)));
        }
        Optional<String> trailing = in.vocabulary().severity(last);
        if (trailing.isEmpty()) {
            throw unknownSeverity(last, in.vocabulary());
        }
        return new Command.Declare(trailing, Values.title(in.textBefore(words.size() - 1)));
    }

    static Command status(Input in) {
        in.expectAtMost(0);
        return new Command.Status();
    }

    static Command update(Input in) {
        List<String> phases = Arrays.stream(Phase.values()).map(Phase::word).toList();
        String word = in.word(0).orElseThrow(() -> new ParseProblem("Missing phase: "
                + String.join(", ", phases.stream().map(p -> "`" + p + "`").toList()) + "."));
        Phase phase = Arrays.stream(Phase.values()).filter(p -> p.word().equalsIgnoreCase(word)).findFirst()
                .orElseThrow(() -> new ParseProblem("Unknown phase " + Values.code(word) + "; use one of "
                        + String.join(", ", phases.stream().map(p -> "`" + p + "`").toList()) + ".",
                        Suggestions.nearest(word, phases)));
        return new Command.Update(phase, Values.text("message", in.textFrom(1)));
    }

    static Command severity(Input in) {
        String word = in.word(0).orElseThrow(() -> new ParseProblem("Missing severity; accepted: "
                + in.vocabulary().describeSeverities() + "."));
        String severity = in.vocabulary().severity(word).orElseThrow(() -> unknownSeverity(word, in.vocabulary()));
        in.expectAtMost(1);
        return new Command.SetSeverity(severity);
    }

    static Command assign(Input in) {
        List<String> roles = Arrays.stream(Role.values()).map(Role::word).toList();
        String word = in.word(0).orElseThrow(() -> new ParseProblem("Missing role: `commander` or `comms`."));
        Role role = Arrays.stream(Role.values()).filter(r -> r.word().equalsIgnoreCase(word)).findFirst()
                .orElseThrow(() -> new ParseProblem("Unknown role " + Values.code(word)
                        + "; use `commander` or `comms`.", Suggestions.nearest(word, roles)));
        String user = SlackUser.id(in.word(1));
        in.expectAtMost(2);
        return new Command.Assign(role, user);
    }

    static Command ack(Input in) {
        in.expectAtMost(0);
        return new Command.Ack();
    }

    static Command resolve(Input in) {
        return new Command.Resolve(Values.text("summary", in.textFrom(0)));
    }

    static Command timeline(Input in) {
        in.expectAtMost(0);
        return new Command.Timeline();
    }

    static Command postmortem(Input in) {
        in.expectAtMost(0);
        return new Command.Postmortem();
    }

    /** Unknown help topics are still a Help command: the help text explains them better than a failure. */
    static Command help(Input in) {
        List<String> words = in.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (!words.isEmpty() && words.get(0).equals("/nexus")) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new Command.Help(Optional.empty());
        }
        boolean grouped = words.size() > 1 && CommandTable.groups().contains(words.get(0));
        return new Command.Help(Optional.of(grouped ? words.get(0) + " " + words.get(1) : words.get(0)));
    }

    static Command stats(Input in) {
        in.expectAtMost(1);
        int days = in.word(0).isEmpty() ? Command.Stats.DEFAULT_DAYS
                : Values.wholeNumber("[days]", in.word(0), 1, 365);
        return new Command.Stats(days);
    }

    private static ParseProblem unknownSeverity(String word, Vocabulary vocabulary) {
        return new ParseProblem("Unknown severity " + Values.code(word) + "; accepted: "
                + vocabulary.describeSeverities() + ".");
    }
}
