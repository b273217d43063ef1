package com.nexus.chatops.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * Turns a schema-valid runbook tree into records. The schema settled the shapes; what is left are the checks a
 * schema cannot make: run lines, regular expressions, and which platform a step is about.
 */
final class RunbookTree {
    private final ProblemSink problems;

    private RunbookTree(ProblemSink problems) {
        this.problems = problems;
    }

    static Runbook read(JsonNode root, ProblemSink problems) {
        return new RunbookTree(problems).runbook(root);
    }

    private Runbook runbook(JsonNode root) {
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, JsonNode> stage : root.get("steps").properties()) {
            Stage key = Stage.of(stage.getKey()).orElseThrow();
            JsonNode list = stage.getValue();
            for (int i = 0; i < list.size(); i++) {
                steps.add(new StepTree(new StepKey(key, i + 1), problems).read(list.get(i)));
            }
        }
        return new Runbook(text(root, "id").orElseThrow(), text(root, "title").orElseThrow(),
                text(root, "summary").orElseThrow(), text(root, "severity"), match(root.path("match")),
                sources(root.path("sources")), steps);
    }

    private Match match(JsonNode match) {
        List<Pattern> patterns = new ArrayList<>();
        JsonNode written = match.path("patterns");
        for (int i = 0; i < written.size(); i++) {
            String regex = written.get(i).asString();
            try {
                patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            } catch (PatternSyntaxException e) {
                problems.add("/match/patterns/" + i, "\"" + regex + "\" is not a valid regular expression: "
                        + e.getDescription() + (e.getIndex() >= 0
                        ? " near character " + Math.min(e.getIndex() + 1, regex.length()) : ""));
            }
        }
        List<String> services = new ArrayList<>();
        match.path("services").forEach(s -> services.add(s.asString()));
        return new Match(patterns, services);
    }

    private static List<Citation> sources(JsonNode sources) {
        List<Citation> citations = new ArrayList<>();
        sources.forEach(s -> citations.add(new Citation(s.get("seed").asString(), s.get("section").asString())));
        return citations;
    }

    static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString().strip());
    }
}
