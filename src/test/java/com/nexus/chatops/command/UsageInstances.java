package com.nexus.chatops.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates lines that follow a usage line from the command table, reading its notation: [optional],
 * a|b alternatives, &lt;placeholders&gt;, N and C option values, "…" free text.
 */
final class UsageInstances {

    private UsageInstances() {
    }

    static Arbitrary<String> of(String usage) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        for (String element : elements(usage)) {
            parts.add(element(element));
        }
        return Combinators.combine(parts).as(words -> String.join(" ", words.stream().filter(w -> !w.isEmpty())
                .toList()));
    }

    /** Splits on spaces outside brackets: "logs <service> [--tail N]" → "logs", "<service>", "[--tail N]". */
    static List<String> elements(String usage) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : usage.toCharArray()) {
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == ' ' && depth == 0) {
                elements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        elements.add(current.toString());
        return elements;
    }

    private static Arbitrary<String> element(String element) {
        if (element.startsWith("[") && element.endsWith("]")) {
            Arbitrary<String> inner = of(element.substring(1, element.length() - 1));
            return Arbitraries.oneOf(Arbitraries.just(""), inner);
        }
        if (element.contains("|") && !element.startsWith("<")) {
            return Arbitraries.of(element.split("\\|")).flatMap(UsageInstances::mixedCase);
        }
        return switch (element) {
            case "<service>", "service" -> Arbitraries.of("core-api", "frontend", "platform", "Core-API");
            case "<replicas>", "<count>" -> Arbitraries.integers().between(0, 1000).map(String::valueOf);
            case "N" -> Arbitraries.integers().between(1, 10_000).map(String::valueOf);
            case "C" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
            case "@user" -> Arbitraries.of("<@U123ABC|alice>", "<@U0G9QF9C6>", "U123ABC", "<@W0AB12CD|bob smith>");
            case "sev1-4" -> Arbitraries.of("sev1", "SEV2", "sev3", "sev4", "p1", "P2", "critical");
            case "title…", "message…", "summary…" -> freeText();
            case "command" -> Arbitraries.of(CommandTable.all().stream().map(CommandSpec::name).toList());
            case "name" -> Arbitraries.of("high-error-rate", "high-latency", "pod-crashlooping", "db_failover.md");
            case "days" -> Arbitraries.integers().between(1, 365).map(String::valueOf);
            default -> element.startsWith("--") ? Arbitraries.just(element) : mixedCase(element);
        };
    }

    private static Arbitrary<String> mixedCase(String word) {
        return Arbitraries.of(word, word.toUpperCase(Locale.ROOT),
                word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
    }

    /** Words as people type them in titles and messages, including Slack's escapes and quotes. */
    private static Arbitrary<String> freeText() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("&amp;", "&lt;b&gt;", "\"quoted\"", "it's", "5xx", "café", "🔥", "<@U123ABC|alice>",
                        "--dry-run", "sev1", "#frontend"));
        return word.list().ofMaxSize(8).map(words -> String.join(" ", words));
    }
}
