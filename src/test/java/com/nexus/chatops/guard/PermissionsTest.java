package com.nexus.chatops.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import com.nexus.chatops.config.Where;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.NewIncident;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may run an action that needs no confirmation, where, and what the audit log keeps of it. */
class PermissionsTest {
    static final String RESPONDER = "U0000000001";
    static final String PAGE = "pagerduty.page";

    @TempDir
    Path dir;

    static NexusConfig withPolicy(PolicyRule... rules) throws Exception {
        NexusConfig example = ConfigLoader.load(RunningNexus.exampleConfig());
        return new NexusConfig(example.channels(), example.severities(), example.services(), example.roles(),
                List.of(rules), example.pagerduty(), example.source());
    }

    static PolicyRule rule(List<String> actions, Where where, boolean confirm) {
        return new PolicyRule(actions, List.of("responders"), confirm, where, confirm ? 120 : 0, List.of(), 0,
                List.of());
    }

    static Permissions permissions(NexusConfig config, TestStores.Handle store) {
        Clock clock = Clock.systemUTC();
        PendingActions pending = new PendingActions(store.database().jdbc());
        GuardChain chain = new GuardChain(config, new Roles(config,
                new CachedUserGroups(new RecordingSlack(), Duration.ofMinutes(5))), pending, clock);
        return new Permissions(chain, new Audits(new AuditLog(store.database().jdbc()),
                new TimelineRepository(store.database().jdbc()), clock));
    }

    static Incident incident(TestStores.Handle store) {
        IncidentRepository incidents = new IncidentRepository(store.database().jdbc(), Clock.systemUTC());
        Incident i = incidents.insertOrGet(new NewIncident("test:perm", LocalDate.of(2026, 11, 24), 1,
                "incident-20261124-001", "core-api 5xx", "sev2", "core-api", RESPONDER, Clock.systemUTC().instant(),
                null, null));
        return incidents.modify(i.id(), x -> x.withChannel(x.channelName(), x.seq(), "C0INCIDENT1"));
    }

    static List<AuditRecord> audits(TestStores.Handle store) {
        return new AuditLog(store.database().jdbc()).page(0, 100).stream().map(ChainedRecord::record).toList();
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldAllowOnlyInIncidentChannelsAndNameTheRulesWhereWhenTheRuleSaysIncidentChannels(String backend)
            throws Exception {
        try (var store = TestStores.open(backend, dir)) {
            Permissions permissions = permissions(withPolicy(rule(List.of(PAGE), Where.INCIDENT_CHANNELS, false)), store);
            Incident incident = incident(store);

            Permission outside = permissions.check(RESPONDER, "C0GENERAL", "general", Optional.empty(),
                    new ActionRequest.PagerDutyPage("core-api"));
            Permission inside = permissions.check(RESPONDER, incident.channelId(), incident.channelName(),
                    Optional.of(new IncidentRef(incident.id(), incident.severity())), new ActionRequest.PagerDutyPage("core-api"));
            inside.done("paged", null);
            inside.done("paged again", null);

            assertThat(outside.allowed()).isFalse();
            assertThat(outside.denial()).contains("pagerduty.page is allowed for you only in incident channels")
                    .contains("#general is not one").contains("policy rule 1")
                    .contains("to allow it here, change that rule's where:");
            assertThat(inside.allowed()).isTrue();
            assertThat(audits(store)).extracting(AuditRecord::verdict, AuditRecord::outcome, AuditRecord::channel)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("deny", "denied", "C0GENERAL"),
                            org.assertj.core.groups.Tuple.tuple("allow", "paged", incident.channelId()));
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldDenyEvenARoleHolderAndSayWhichRuleToAddWhenNoRuleNamesTheAction(String backend) throws Exception {
        try (var store = TestStores.open(backend, dir)) {
            Permissions permissions = permissions(withPolicy(rule(List.of("pagerduty.ack"), Where.ANY, false)), store);

            Permission page = permissions.check(RESPONDER, "C0GENERAL", "general", Optional.empty(),
                    new ActionRequest.PagerDutyPage("core-api"));

            assertThat(page.allowed()).isFalse();
            assertThat(page.denial()).isEqualTo("no policy rule allows pagerduty.page — add a rule to policy: in"
                    + " nexus.yml with actions: [pagerduty.page] and the roles that may run it under allow:");
            assertThat(audits(store)).singleElement().satisfies(a -> {
                assertThat(a.action()).isEqualTo(PAGE);
                assertThat(a.target()).isEqualTo("core-api");
                assertThat(a.verdict()).isEqualTo("deny");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldAllowAtOnceWithoutHoldingTheRequestWhenTheRuleAlsoAsksForConfirmation(String backend)
            throws Exception {
        try (var store = TestStores.open(backend, dir)) {
            Permissions permissions = permissions(withPolicy(rule(List.of(PAGE), Where.ANY, true)), store);

            Permission page = permissions.check(RESPONDER, "C0GENERAL", "general", Optional.empty(),
                    new ActionRequest.PagerDutyPage("core-api"));

            assertThat(page.allowed()).isTrue();
            assertThat(store.database().jdbc().queryFirst("SELECT COUNT(*) AS n FROM pending_actions",
                    r -> r.getInt("n"))).contains(0);
            assertThat(audits(store)).isEmpty();
        }
    }
}
