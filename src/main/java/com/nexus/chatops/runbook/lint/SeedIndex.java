package com.nexus.chatops.runbook.lint;

import com.nexus.chatops.runbook.Citation;
import com.nexus.chatops.runbook.Near;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The headings of the seed runbooks in a directory (files named {@code NNN_….txt} or {@code NNN.md}), so a citation
 * "000 / 4.2 Alert Runbooks > ALERT: Nexus API High Error Rate" can be checked and resolved to one heading.
 */
public final class SeedIndex {
    private static final Pattern SEED_FILE = Pattern.compile("(\\d{3})(?:[_.-].*)?\\.(txt|md)");

    private final Path dir;
    private final Map<String, List<Heading>> headings;

    private SeedIndex(Path dir, Map<String, List<Heading>> headings) {
        this.dir = dir;
        this.headings = headings;
    }

    /** @throws IllegalArgumentException when {@code dir} is not a directory of seeds */
    public static SeedIndex load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such directory of seed runbooks");
        }
        Map<String, List<Heading>> headings = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = SEED_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    headings.put(m.group(1), SeedText.headings(m.group(1), text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds in " + dir, e);
        }
        return new SeedIndex(dir, headings);
    }

    public Path dir() {
        return dir;
    }

    public List<String> seeds() {
        return List.copyOf(headings.keySet());
    }

    public List<Heading> headings(String seed) {
        return headings.getOrDefault(seed, List.of());
    }

    /** The one heading a citation names, or why there is none (missing, or ambiguous without its parent). */
    public Resolution resolve(Citation citation) {
        if (!headings.containsKey(citation.seed())) {
            return new Resolution(Optional.empty(), "no seed " + citation.seed() + " in " + dir + " (seeds: "
                    + String.join(", ", headings.keySet()) + ")");
        }
        List<String> wanted = Arrays.stream(citation.section().split("\\s+>\\s+")).map(SeedText::key).toList();
        List<Heading> found = headings(citation.seed()).stream().filter(h -> endsWith(h, wanted)).toList();
        if (found.size() == 1) {
            return new Resolution(Optional.of(found.get(0)), "");
        }
        if (found.isEmpty()) {
            List<String> titles = headings(citation.seed()).stream().map(h -> SeedText.normalise(h.title())).toList();
            return new Resolution(Optional.empty(), "seed " + citation.seed() + " has no section \""
                    + citation.section() + "\"" + Near.hint(SeedText.normalise(
                    wanted.get(wanted.size() - 1)), titles));
        }
        return new Resolution(Optional.empty(), "seed " + citation.seed() + " has " + found.size()
                + " sections \"" + citation.section() + "\"; name its parent too: "
                + String.join(" or ", found.stream().map(h -> "\"" + h.describe() + "\"").toList()));
    }

    private static boolean endsWith(Heading heading, List<String> wanted) {
        List<String> path = heading.path().stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
        return path.size() >= wanted.size() && path.subList(path.size() - wanted.size(), path.size()).equals(wanted);
    }

    /** A citation resolved: the heading, or the reason there is none. */
    public record Resolution(Optional<Heading> heading, String problem) {}
}
