package com.nexus.chatops.command;

import com.nexus.chatops.core.Suggestions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns a typed word into a service name the rest of nexus can trust. */
final class Services {

    /** A Kubernetes-style name; with no services configured this is all we can check. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final int MAX_LISTED = 15;

    private Services() {
    }

    /** For commands whose only argument is a service: no options, nothing after it. */
    static String only(Input in) {
        Flags flags = Flags.parse(in);
        String service = required(flags.positional(0), in.vocabulary());
        flags.expectAtMost(1, in.verb());
        return service;
    }

    static String required(Optional<String> typed, Vocabulary vocabulary) {
        return typed.map(word -> check(word, vocabulary))
                .orElseThrow(() -> new ParseProblem("Missing <service>." + known(vocabulary)));
    }

    static Optional<String> optional(Optional<String> typed, Vocabulary vocabulary) {
        return typed.map(word -> check(word, vocabulary));
    }

    static String check(String typed, Vocabulary vocabulary) {
        rejectSlackReference(typed, "a service");
        if (vocabulary.services().isEmpty()) {
            String name = typed.toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                throw new ParseProblem(Values.code(typed) + " is not a service name: use lowercase letters, digits"
                        + " and hyphens, up to 63 characters.");
            }
            return name;
        }
        return vocabulary.service(typed).orElseThrow(() -> unknown(typed, vocabulary));
    }

    private static ParseProblem unknown(String typed, Vocabulary vocabulary) {
        Optional<String> near = Suggestions.nearest(typed, vocabulary.services());
        return new ParseProblem("Unknown service " + Values.code(typed) + "." + (near.isPresent() ? "" : known(vocabulary)),
                near);
    }

    private static String known(Vocabulary vocabulary) {
        List<String> names = vocabulary.sortedServices();
        if (names.isEmpty()) {
            return "";
        }
        String listed = names.stream().limit(MAX_LISTED).map(n -> "`" + n + "`").collect(Collectors.joining(", "));
        return " Known services: " + listed + (names.size() > MAX_LISTED ? ", …" : "") + ".";
    }

    /** Slack turns #channel, @user and links into <…> references; none of them names a service. */
    static void rejectSlackReference(String typed, String expected) {
        if (!typed.startsWith("<") || !typed.endsWith(">") || typed.length() < 3) {
            return;
        }
        String body = typed.substring(1, typed.length() - 1);
        String label = body.contains("|") ? body.substring(body.indexOf('|') + 1) : body;
        String kind = switch (body.charAt(0)) {
            case '#' -> "a channel (#" + label + ")";
            case '@' -> "a person (" + (label.startsWith("@") ? label : "@" + label) + ")";
            case '!' -> "a group mention";
            default -> "a link";
        };
        throw new ParseProblem("That is " + kind + ", but " + expected + " is expected here.");
    }
}
