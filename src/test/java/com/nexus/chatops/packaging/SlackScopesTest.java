package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests' bot scopes and event subscriptions against what the compiled code uses ({@link SlackUsage}),
 * priced in scopes by the one table of Slack's docs ({@link ScopeTable}).
 */
class SlackScopesTest {
    private static SlackUsage usage;
    private static Map<String, Optional<ScopeTable.Need>> needs;

    @BeforeAll
    static void readTheCode() {
        usage = SlackUsage.read();
        needs = ScopeTable.load().needs(usage);
    }

    static List<Path> manifests() {
        return List.of(ManifestFiles.HTTP, ManifestFiles.SOCKET_MODE);
    }

    @Test
    void shouldKnowTheScopesOfEverythingWhenTheCodeCallsSlackOrListensToIt() {
        // Given what the compiled code calls and listens to

        // When each is looked up in the table
        Set<String> unknown = new TreeSet<>();
        needs.forEach((what, need) -> need.ifPresentOrElse(n -> { }, () -> unknown.add(what)));

        // Then none is missing from it
        assertThat(unknown).as("add these to src/test/resources/slack/scopes.yml from their api.slack.com pages")
                .isEmpty();
        assertThat(usage.webApiMethods).as("Web API methods found in the compiled code").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void shouldGrantEveryScopeTheCodeNeedsWhenTheManifestIsInstalled(Path file) {
        // Given the manifest's bot scopes
        Set<String> granted = ManifestFiles.botScopes(ManifestFiles.read(file));

        // When every need of the code is checked against them
        Set<String> missing = new TreeSet<>();
        needs.values().stream().flatMap(Optional::stream).forEach(need -> need.requirements().stream()
                .filter(r -> !r.grantedBy(granted)).forEach(r -> missing.add(need.what() + " needs " + r)));

        // Then nothing nexus does would fail with missing_scope
        assertThat(missing).as("%s lacks scopes", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void shouldAskForNoScopeWhenNothingInTheCodeNeedsIt(Path file) {
        // Given the manifest's bot scopes
        Set<String> granted = ManifestFiles.botScopes(ManifestFiles.read(file));

        // When each one is taken away in turn
        Set<String> unused = new TreeSet<>();
        for (String scope : granted) {
            Set<String> without = new HashSet<>(granted);
            without.remove(scope);
            // needed: some requirement is granted with it and not without it
            boolean needed = needs.values().stream().flatMap(Optional::stream)
                    .anyMatch(need -> need.requirements().stream().anyMatch(r -> !r.grantedBy(without)
                            && r.grantedBy(granted)));
            if (!needed) {
                unused.add(scope);
            }
        }

        // Then every one was needed by something
        assertThat(unused).as("%s asks for scopes nothing needs", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void shouldSubscribeExactlyTheEventsTheCodeListensToWhenSlackSendsEvents(Path file) {
        // Given the manifest's bot events
        JsonNode manifest = ManifestFiles.read(file);

        // When compared with the event listeners in the code
        Set<String> subscribed = ManifestFiles.botEvents(manifest);

        // Then each listener gets its events and no event arrives that nothing handles
        assertThat(subscribed).isEqualTo(usage.events);
    }
}
