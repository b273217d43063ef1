package com.nexus.chatops.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRequest;
import com.nexus.chatops.docs.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/policy.md do what the page says when the real guard rules judge them, and the denials the
 * page quotes are the rules' own words (judged against nexus.example.yml's policy).
 */
class PolicyDocExamplesTest {
    private static final Markdown DOC = Markdown.read("policy.md");
    private static final String RESPONDER = "U0000000001";
    private static final ActionRequest ROLLBACK = new ActionRequest.Rollback("core-api", Optional.empty(),
            Optional.empty());

    @TempDir
    Path dir;

    @Test
    void shouldAskALeadsApprovalOnlyAtSev1WhenJudgingTheTwoPersonExample() throws Exception {
        NexusConfig config = example("approvals: 1");

        assertThat(new ConfirmRule().check(at(config, RESPONDER, "sev2", ROLLBACK)).kind())
                .isEqualTo(Verdict.Kind.CONFIRM);
        assertThat(new ApprovalRule().check(at(config, RESPONDER, "sev2", ROLLBACK)).kind())
                .isEqualTo(Verdict.Kind.ALLOW);
        Verdict sev1 = new ApprovalRule().check(at(config, RESPONDER, "sev1", ROLLBACK));
        assertThat(sev1.kind()).isEqualTo(Verdict.Kind.APPROVE);
        assertThat(sev1.approvers()).containsExactly("leads");
        assertThat(new WhereRule().check(at(config, RESPONDER, null, ROLLBACK)).denied()).isTrue();
    }

    @Test
    void shouldAllowReadsButNotARollbackWhenJudgingTheReadOnlyExample() throws Exception {
        NexusConfig config = example("allow: [responders] }\n");

        assertThat(new WhoRule().check(at(config, RESPONDER, null, new ActionRequest.Pods("core-api"))).denied())
                .isFalse();
        assertThat(new WhoRule().check(at(config, RESPONDER, null, ROLLBACK)).denied()).isTrue();
    }

    @Test
    void shouldAllowAScaleOnlyInTheNamedChannelsWhenJudgingThatExample() throws Exception {
        NexusConfig config = example("where: [\"#ops\"");
        ActionRequest scale = new ActionRequest.Scale("core-api", 3);

        assertThat(new WhoRule().check(at(config, "U0GROUPIE", null, scale)).denied()).isFalse();
        assertThat(new WhereRule().check(at(config, "U0GROUPIE", null, scale)).reason())
                .contains("only in #ops, C0123456789, not in #general");
    }

    @Test
    void shouldQuoteTheGuardsOwnDenialsInTheGuardTable() {
        String doc = DOC.prose();

        assertThat(doc).contains(new WhoRule().check(PolicyFixture.context("U0000000099", null, ROLLBACK)).reason());
        assertThat(doc).contains(new WhereRule().check(PolicyFixture.context(RESPONDER, null,
                new ActionRequest.Restart("core-api"))).reason());
        assertThat(doc).contains(new WhatRule().check(PolicyFixture.context(RESPONDER, "sev2",
                new ActionRequest.EcsScale("core-api", 2))).reason());
        assertThat(doc).contains(new BoundsRule().check(PolicyFixture.context(RESPONDER, "sev2",
                new ActionRequest.Scale("core-api", 9))).reason());
    }

    private NexusConfig example(String marker) throws Exception {
        Markdown.Block block = DOC.blocks("yaml").stream().filter(b -> b.text().contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError("no example in policy.md contains " + marker));
        Path file = dir.resolve("nexus-" + block.line() + ".yml");
        Files.writeString(file, block.text());
        return ConfigLoader.load(file);
    }

    /** In an incident channel at {@code severity}, or (null) in #general; group S0000000009 holds U0GROUPIE. */
    private static Context at(NexusConfig config, String actor, String severity, PolicyRequest request) {
        boolean incident = severity != null;
        Attempt attempt = new Attempt(actor, incident ? "C0INCIDENT1" : "C0GENERAL",
                incident ? "incident-20261124-001" : "general",
                incident ? Optional.of(new IncidentRef(1, severity)) : Optional.empty(), request, Optional.empty(),
                false);
        return new Context(attempt, config, new Roles(config, group -> Map.of("S0000000009", Set.of("U0GROUPIE"))
                .getOrDefault(group, Set.of())));
    }
}
