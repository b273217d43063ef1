package com.nexus.chatops.command;

import com.nexus.chatops.core.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Separates `--name [value]` options from positional words; options may appear anywhere after the verb. */
final class Flags {

    /** An option a command accepts; {@code valueName} is null for a switch such as --dry-run. */
    record Spec(String name, String valueName) {
        boolean takesValue() {
            return valueName != null;
        }
    }

    private final List<String> positionals;
    private final Map<String, String> given;

    private Flags(List<String> positionals, Map<String, String> given) {
        this.positionals = positionals;
        this.given = given;
    }

    static Flags parse(Input in, Spec... accepted) {
        Map<String, Spec> byName = new LinkedHashMap<>();
        for (Spec spec : accepted) {
            byName.put(spec.name(), spec);
        }
        List<String> positionals = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        List<String> words = in.words();
        for (int i = 0; i < words.size(); i++) {
            String word = dashes(words.get(i));
            if (!isFlag(word)) {
                positionals.add(words.get(i));
                continue;
            }
            int eq = word.indexOf('=');
            String name = (eq < 0 ? word : word.substring(0, eq)).toLowerCase(Locale.ROOT);
            Spec spec = byName.get(name);
            if (spec == null) {
                throw unknown(name, in.verb(), byName.keySet());
            }
            if (given.containsKey(name)) {
                throw new ParseProblem("Option " + Values.code(name) + " is given twice.");
            }
            String value = "";
            if (spec.takesValue()) {
                if (eq >= 0) {
                    value = word.substring(eq + 1);
                } else if (i + 1 < words.size() && !isFlag(dashes(words.get(i + 1)))) {
                    value = words.get(++i);
                }
                if (value.isEmpty()) {
                    throw new ParseProblem("Option " + Values.code(name) + " needs a value: "
                            + Values.code(name + " " + spec.valueName()) + ".");
                }
            } else if (eq >= 0) {
                throw new ParseProblem("Option " + Values.code(name) + " takes no value.");
            }
            given.put(name, value);
        }
        return new Flags(List.copyOf(positionals), given);
    }

    boolean has(String name) {
        return given.containsKey(name);
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(given.get(name));
    }

    Optional<String> positional(int index) {
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }

    void expectAtMost(int count, String verb) {
        if (positionals.size() > count) {
            throw Values.unexpected(positionals.get(count), verb, count);
        }
    }

    /** "-5" is a (bad) number, not an option; "-x" and "--x" are options. */
    private static boolean isFlag(String word) {
        return word.startsWith("--") || (word.length() > 1 && word.charAt(0) == '-' && !Character.isDigit(word.charAt(1)));
    }

    /** Some Slack clients turn a typed "--" into an en or em dash. */
    private static String dashes(String word) {
        return word.startsWith("—") || word.startsWith("–") ? "--" + word.substring(1) : word;
    }

    private static ParseProblem unknown(String name, String verb, Set<String> accepted) {
        if (accepted.isEmpty()) {
            return new ParseProblem(Values.code(verb) + " has no options; " + Values.code(name) + " is not one.");
        }
        String names = String.join(", ", accepted.stream().map(n -> "`" + n + "`").toList());
        return new ParseProblem("Unknown option " + Values.code(name) + " for " + Values.code(verb)
                + "; it accepts " + names + ".", Suggestions.nearest(name, accepted));
    }
}
