package com.nexus.chatops.runbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads every {@code *.yml}/{@code *.yaml} file below a directory: YAML, then the schema, then the records. A file
 * that fails the schema yields no runbook; every problem of every file is reported together.
 */
public final class RunbookReader {
    private RunbookReader() {}

    public static ReadResult read(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir, 0, "", Files.exists(dir) ? "is not a directory" : "no such directory"));
            return new ReadResult(List.of(), problems);
        }
        List<RunbookFile> files = new ArrayList<>();
        for (Path file : files(dir)) {
            read(file, problems).ifPresent(files::add);
        }
        problems.addAll(duplicates(files));
        return new ReadResult(files, problems);
    }

    /** One file; empty (with the problems added) when it is not a runbook at all. */
    static Optional<RunbookFile> read(Path file, List<Problem> problems) {
        Optional<String> text = text(file, problems);
        Optional<JsonNode> root = text.flatMap(t -> YamlTree.parse(file, t, problems));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Lines lines = Lines.scan(text.get());
        List<RunbookSchema.Violation> violations = RunbookSchema.check(root.get());
        violations.forEach(v -> problems.add(ProblemSink.at(file, lines, v.pointer(), v.message())));
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        ProblemSink sink = new ProblemSink(file, lines);
        Runbook runbook = RunbookTree.read(root.get(), sink);
        problems.addAll(sink.problems());
        return Optional.of(new RunbookFile(file, runbook, lines));
    }

    private static List<Problem> duplicates(List<RunbookFile> files) {
        Map<String, RunbookFile> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (RunbookFile file : files) {
            RunbookFile earlier = first.putIfAbsent(file.runbook().id(), file);
            if (earlier != null) {
                problems.add(file.problem("/id", "\"" + file.runbook().id() + "\" is already the id of "
                        + earlier.place("/id")));
            }
        }
        return problems;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("[^.].*\\.ya?ml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Optional<String> text(Path file, List<Problem> problems) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, 0, "", "is not UTF-8 text"));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "", "cannot be read" + (e.getMessage() == null ? "" : ": "
                    + e.getMessage())));
        }
        return Optional.empty();
    }
}
