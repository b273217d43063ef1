package com.nexus.chatops.runbook.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.runbook.Citation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Headings of the five seeds in docs/seeds, and citations resolved against them. */
class SeedIndexTest {
    private static final SeedIndex SEEDS = SeedIndex.load(Path.of("docs/seeds"));

    @Test
    void shouldKnowTheFiveSeedsWhenReadingDocsSeeds() {
        assertThat(SEEDS.seeds()).containsExactly("000", "001", "002", "003", "004");
    }

    @Test
    void shouldResolveAHeadingToItsLineWhenItIsCitedAsWritten() {
        Heading heading = SEEDS.resolve(new Citation("000", "6.2 Incident Process")).heading().orElseThrow();

        assertThat(heading.line()).isEqualTo(300);
        assertThat(heading.describe()).isEqualTo("6. Incident Response > 6.2 Incident Process");
    }

    @Test
    void shouldIgnoreShellCommentsWhenTheyAreInsideCodeBlocks() {
        assertThat(SEEDS.headings("001")).extracting(Heading::title).doesNotContain("Check pod status",
                "Rollback to previous deployment");
        assertThat(SEEDS.resolve(new Citation("001", "Check pod status")).heading()).isEmpty();
    }

    @Test
    void shouldMatchWithoutTheEmojiWhenASeedsHeadingStartsWithOne() {
        Heading heading = SEEDS.resolve(new Citation("003", "Emergency Procedures > Critical System Down"))
                .heading().orElseThrow();

        assertThat(heading.path()).containsExactly("Nexus Production Operations Runbook", "Emergency Procedures",
                "Critical System Down");
    }

    @Test
    void shouldAskForTheParentWhenAHeadingIsAmbiguous() {
        SeedIndex.Resolution resolution = SEEDS.resolve(new Citation("004", "1. Daily Tasks"));
        assertThat(resolution.heading()).isPresent();

        SeedIndex.Resolution symptoms = SEEDS.resolve(new Citation("002", "Symptoms"));

        assertThat(symptoms.heading()).isEmpty();
        assertThat(symptoms.problem()).startsWith("seed 002 has 3 sections \"Symptoms\"; name its parent too:")
                .contains("\"Incident Response > P2 - High Error Rate > Symptoms\"");
        assertThat(SEEDS.resolve(new Citation("002", "P2 - High Error Rate > Symptoms")).heading()).isPresent();
    }

    @Test
    void shouldSuggestTheHeadingWhenACitationIsMisspelt() {
        assertThat(SEEDS.resolve(new Citation("001", "Scenario: Out of Disc Space")).problem())
                .isEqualTo("seed 001 has no section \"Scenario: Out of Disc Space\" (did you mean \"Scenario: Out of"
                        + " Disk Space\"?)");
        assertThat(SEEDS.resolve(new Citation("009", "Anything")).problem())
                .isEqualTo("no seed 009 in docs/seeds (seeds: 000, 001, 002, 003, 004)");
    }
}
