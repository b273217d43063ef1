package com.nexus.chatops.runbook.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.runbook.Citation;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.Runbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docs/runbooks.md tells the truth: its seed → runbook tables, its example. */
class RunbookDocsTest {
    private static final String DOC = read(Path.of("docs/runbooks.md"));
    private static final Runbooks RUNBOOKS = Shipped.runbooks();

    /** One row of a mapping table: a seed section and the runbook ids it lists (none for a non-procedure). */
    record Row(Citation section, List<String> ids) {}

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rows of the table that follows {@code heading}. */
    private static List<Row> table(String heading) {
        List<Row> rows = new ArrayList<>();
        String after = DOC.substring(DOC.indexOf(heading));
        for (String line : after.lines().skip(1).toList()) {
            if (line.startsWith("## ")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].strip().matches("\\d{3}")) {
                continue;
            }
            String ids = cells[3].strip();
            rows.add(new Row(new Citation(cells[1].strip(), cells[2].strip()),
                    ids.startsWith("\u2014") ? List.of() : Arrays.stream(ids.split(",")).map(String::strip).toList()));
        }
        return rows;
    }

    private static final List<Row> PROCEDURES = table("## Seed sections and the runbooks that carry them");
    private static final List<Row> NOT_PROCEDURES = table("## Seed sections that are not procedures");

    private static Heading heading(Citation citation) {
        SeedIndex.Resolution resolved = Shipped.SEEDS.resolve(citation);
        assertThat(resolved.heading()).as(resolved.problem()).isPresent();
        return resolved.heading().get();
    }

    @Test
    void shouldNameOnlyExistingRunbooksWhenMappingSeedSections() {
        assertThat(PROCEDURES).hasSizeGreaterThan(50);
        assertThat(PROCEDURES).flatExtracting(Row::ids)
                .allSatisfy(id -> assertThat(RUNBOOKS.get(id)).as(id).isPresent());
    }

    @Test
    void shouldListEveryShippedRunbookWhenMappingSeedSections() {
        Set<String> mapped = new TreeSet<>();
        PROCEDURES.forEach(r -> mapped.addAll(r.ids()));

        assertThat(mapped).containsExactlyInAnyOrderElementsOf(RUNBOOKS.all().stream().map(Runbook::id).toList());
    }

    @Test
    void shouldAgreeWithTheRunbooksSourcesWhenMappingSeedSections() {
        Set<String> cited = new TreeSet<>();
        for (Runbook runbook : RUNBOOKS.all()) {
            runbook.sources().forEach(c -> cited.add(pair(heading(c), runbook.id())));
        }
        Set<String> documented = new TreeSet<>();
        PROCEDURES.forEach(r -> r.ids().forEach(id -> documented.add(pair(heading(r.section()), id))));

        assertThat(difference(documented, cited)).as("in docs/runbooks.md, not cited by the runbook").isEmpty();
        assertThat(difference(cited, documented)).as("cited by the runbook, not in docs/runbooks.md").isEmpty();
    }

    @Test
    void shouldAccountForEverySectionOfEverySeedWhenMappingThem() {
        List<Heading> rows = new ArrayList<>();
        PROCEDURES.forEach(r -> rows.add(heading(r.section())));
        NOT_PROCEDURES.forEach(r -> rows.add(heading(r.section())));
        assertThat(rows).allSatisfy(h -> assertThat(h.level()).as(h.describe()).isGreaterThan(1));

        List<String> missing = new ArrayList<>();
        for (String seed : Shipped.SEEDS.seeds()) {
            List<Heading> headings = Shipped.SEEDS.headings(seed);
            headings.stream()
                    .filter(h -> h.level() > 1)
                    .filter(h -> headings.stream().noneMatch(child -> child != h && child.within(h)))
                    .filter(leaf -> rows.stream().noneMatch(leaf::within))
                    .forEach(leaf -> missing.add(seed + " " + leaf.describe()));
        }
        assertThat(missing).as("seed sections in neither table of docs/runbooks.md").isEmpty();
    }

    @Test
    void shouldShowTheShippedFileWhenGivingTheCompleteExample() {
        String marker = "`runbooks/pod-crashlooping.yml`:\n\n```yaml\n";
        int start = DOC.indexOf(marker) + marker.length();
        String example = DOC.substring(start, DOC.indexOf("```", start));

        assertThat(start).isGreaterThan(marker.length());
        assertThat(example).isEqualTo(read(Shipped.RUNBOOKS.resolve("pod-crashlooping.yml")));
    }

    /** "000 6. Incident Response > 6.2 Incident Process: incident-process". */
    private static String pair(Heading heading, String id) {
        return heading.seed() + " " + heading.describe() + ": " + id;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
