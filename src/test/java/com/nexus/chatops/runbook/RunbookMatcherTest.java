package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runbook a page gets, and why: patterns, nexus.example.yml's runbook lists, the services runbooks are for. */
class RunbookMatcherTest {
    @TempDir
    Path dir;

    private RunbookMatcher matcher;

    private void runbook(String id, String match) {
        Files.write(dir, id + ".yml", Files.MINIMAL.formatted(id) + match + "\nsteps:\n  investigate:\n"
                + "    - text: Look.\n");
    }

    @BeforeEach
    void runbooks() {
        runbook("high-error-rate", "match: { patterns: ['error[ _-]?rate'], services: [core-api, platform] }");
        runbook("high-latency", "match: { patterns: ['latency'] }");
        runbook("pod-crashlooping", "match: { patterns: ['crash[ _-]?loop'] }");
        runbook("service-down", "match: { patterns: ['\\bdown\\b', 'lost'], services: [core-api, frontend] }");
        runbook("ecs-service-down", "match: { patterns: ['\\bdown\\b'], services: [platform] }");
        runbook("database-connection", "match: { patterns: ['database connection'] }");
        runbook("quick-diagnostics", "match: { services: [core-api, platform] }");
        runbook("incident-process", "");
        ReadResult read = RunbookReader.read(dir);
        assertThat(read.problems()).isEmpty();
        matcher = new RunbookMatcher(Runbooks.of(read.runbooks()), Catalog.EXAMPLE);
    }

    private Optional<String> best(String title, String service) {
        return matcher.best(MatchQuery.of(title, service)).map(m -> m.runbook().id());
    }

    @Test
    void shouldPickTheRunbookAndSayWhyWhenThePagesTitleMatches() {
        RunbookMatch match = matcher.best(MatchQuery.of("Nexus API High Error Rate", "core-api")).orElseThrow();

        assertThat(match.runbook().id()).isEqualTo("high-error-rate");
        assertThat(match.reason()).isEqualTo("the title \u201cNexus API High Error Rate\u201d matches /error[ _-]?rate/;"
                + " nexus.yml lists it for core-api; it is written for core-api");
    }

    @Test
    void shouldPreferWhatTheTitleSaysWhenNexusYmlListsOtherRunbooksForTheService() {
        assertThat(best("Nexus API High Latency", "core-api")).contains("high-latency");
        assertThat(matcher.rank(MatchQuery.of("Nexus API High Latency", "core-api")))
                .extracting(m -> m.runbook().id())
                .containsExactly("high-latency", "high-error-rate", "pod-crashlooping", "quick-diagnostics");
    }

    @Test
    void shouldFollowNexusYmlsOrderWhenNoPatternMatches() {
        assertThat(best("Something is odd", "core-api")).contains("high-error-rate");
        assertThat(best("Something is odd", "frontend")).contains("pod-crashlooping");
    }

    @Test
    void shouldSkipRunbooksWrittenForOtherServicesWhenTheIncidentHasAService() {
        assertThat(best("Nexus platform down", "platform")).contains("ecs-service-down");
        assertThat(best("Nexus frontend down", "frontend")).contains("service-down");
        assertThat(matcher.rank(MatchQuery.of("Error rate above 5%", "frontend"))).extracting(m -> m.runbook().id())
                .containsExactly("pod-crashlooping");
    }

    @Test
    void shouldPreferTheMoreSpecificPatternWhenTwoMatch() {
        assertThat(best("Database connection lost", null)).contains("database-connection");
    }

    @Test
    void shouldOfferTheFirstLookRunbookWhenNothingMoreSpecificFits() {
        RunbookMatch match = matcher.best(MatchQuery.of("Something is odd", "platform")).orElseThrow();

        assertThat(match.runbook().id()).isEqualTo("quick-diagnostics");
        assertThat(match.reason()).isEqualTo("it is written for platform");
    }

    @Test
    void shouldMatchTheAlertNameWhenTheTitleSaysNothingUseful() {
        RunbookMatch match = matcher.best(new MatchQuery(Optional.of("[FIRING:1]"), Optional.of("KubePodCrashLooping"),
                Optional.empty())).orElseThrow();

        assertThat(match.runbook().id()).isEqualTo("pod-crashlooping");
        assertThat(match.reason()).isEqualTo("the alert name \u201cKubePodCrashLooping\u201d matches /crash[ _-]?loop/");
    }

    @Test
    void shouldFindNothingWhenNoRuleApplies() {
        assertThat(matcher.rank(MatchQuery.of("Quarterly report", null))).isEmpty();
        assertThat(matcher.rank(new MatchQuery(Optional.empty(), Optional.empty(), Optional.empty()))).isEmpty();
    }

    @Test
    void shouldLookOnlyAtTheStartWhenATitleIsHuge() {
        String title = "x".repeat(RunbookMatcher.MAX_TEXT) + " latency";

        assertThat(best(title, null)).isEmpty();
        assertThat(matcher.best(MatchQuery.of("latency " + "x".repeat(1000), null)).orElseThrow().reason())
                .hasSizeLessThan(200);
    }
}
