package com.nexus.chatops.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.PolicyRule;
import com.nexus.chatops.config.Where;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.testing.TestStores;
import com.nexus.chatops.timeline.TimelineRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Incident commands are open unless a rule names them; then who, where and severities decide, audited. */
class IncidentPolicyTest {
    static final String LEAD = PolicyFixture.LEAD;
    static final String NOBODY = PolicyFixture.NOBODY;

    @TempDir
    Path dir;

    static NexusConfig withRules(PolicyRule... rules) {
        NexusConfig example = PolicyFixture.EXAMPLE;
        return new NexusConfig(example.channels(), example.severities(), example.services(), example.roles(),
                List.of(rules), example.pagerduty(), example.source());
    }

    static PolicyRule leadsOnly(List<String> actions, List<String> severities) {
        return new PolicyRule(actions, List.of("leads"), false, Where.ANY, 0, severities, 0, List.of());
    }

    static IncidentPolicy policy(NexusConfig config, TestStores.Handle store) {
        Clock clock = Clock.systemUTC();
        GuardChain chain = new GuardChain(config, new Roles(config, group -> java.util.Set.of()),
                new PendingActions(store.database().jdbc()), clock);
        return new IncidentPolicy(chain, new Audits(new AuditLog(store.database().jdbc()),
                new TimelineRepository(store.database().jdbc()), clock));
    }

    static List<AuditRecord> audits(TestStores.Handle store) {
        return new AuditLog(store.database().jdbc()).page(0, 100).stream().map(ChainedRecord::record).toList();
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldLetAnyoneRunAnIncidentCommandNoRuleNames(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            long id = PermissionsTest.incident(store).id();
            Optional<IncidentRef> atSev2 = Optional.of(new IncidentRef(id, "sev2"));
            Optional<IncidentRef> atSev1 = Optional.of(new IncidentRef(id, "sev1"));
            IncidentPolicy policy = policy(withRules(leadsOnly(List.of("incident.resolve"), List.of())), store);

            String done = policy.run("incident.update", NOBODY, "C0INC", "incident-1", atSev2, () -> "posted");

            assertThat(done).isEqualTo("posted");
            assertThat(audits(store)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRefuseSomeoneOutsideTheNamedRolesNameTheRuleAndAuditTheDenial(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            long id = PermissionsTest.incident(store).id();
            Optional<IncidentRef> atSev2 = Optional.of(new IncidentRef(id, "sev2"));
            Optional<IncidentRef> atSev1 = Optional.of(new IncidentRef(id, "sev1"));
            IncidentPolicy policy = policy(withRules(leadsOnly(List.of("incident.severity"), List.of())), store);
            AtomicInteger ran = new AtomicInteger();

            assertThatThrownBy(() -> policy.run("incident.severity", NOBODY, "C0INC", "incident-1", atSev2,
                    ran::incrementAndGet))
                    .isInstanceOf(NexusException.class)
                    .hasMessageContaining("Denied")
                    .hasMessageContaining("incident.severity")
                    .hasMessageContaining("policy rule 1 allows leads")
                    .hasMessageContaining("Nothing was changed");

            assertThat(ran).hasValue(0);
            assertThat(audits(store)).singleElement().satisfies(r -> {
                assertThat(r.actor()).isEqualTo(NOBODY);
                assertThat(r.action()).isEqualTo("incident.severity");
                assertThat(r.verdict()).isEqualTo("deny");
                assertThat(r.incidentId()).isEqualTo(id);
            });
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldRunAndAuditTheOutcomeForSomeoneTheRuleAllows(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            long id = PermissionsTest.incident(store).id();
            Optional<IncidentRef> atSev2 = Optional.of(new IncidentRef(id, "sev2"));
            Optional<IncidentRef> atSev1 = Optional.of(new IncidentRef(id, "sev1"));
            IncidentPolicy policy = policy(withRules(leadsOnly(List.of("incident.assign"), List.of())), store);

            assertThat(policy.run("incident.assign", LEAD, "C0INC", "incident-1", atSev2, () -> "assigned"))
                    .isEqualTo("assigned");

            assertThat(audits(store)).singleElement().satisfies(r -> {
                assertThat(r.verdict()).isEqualTo("allow");
                assertThat(r.outcome()).isEqualTo("done");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldApplyARuleOnlyAtTheSeveritiesItNames(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            long id = PermissionsTest.incident(store).id();
            Optional<IncidentRef> atSev2 = Optional.of(new IncidentRef(id, "sev2"));
            Optional<IncidentRef> atSev1 = Optional.of(new IncidentRef(id, "sev1"));
            IncidentPolicy policy = policy(withRules(leadsOnly(List.of("incident.resolve"), List.of("sev1"))), store);

            assertThat(policy.run("incident.resolve", NOBODY, "C0INC", "incident-1", atSev2, () -> "resolved"))
                    .isEqualTo("resolved");
            assertThatThrownBy(() -> policy.run("incident.resolve", NOBODY, "C0INC", "incident-1", atSev1,
                    () -> "resolved")).hasMessageContaining("policy rule 1 allows leads");
        }
    }

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldAuditOnlyTheDenialWhenAskedAheadOfAForm(String backend) {
        try (var store = TestStores.open(backend, dir)) {
            long id = PermissionsTest.incident(store).id();
            Optional<IncidentRef> atSev2 = Optional.of(new IncidentRef(id, "sev2"));
            IncidentPolicy policy = policy(withRules(leadsOnly(List.of("incident.update"), List.of())), store);

            policy.require("incident.update", LEAD, "C0INC", "incident-1", atSev2);
            assertThat(audits(store)).isEmpty();
            assertThatThrownBy(() -> policy.require("incident.update", NOBODY, "C0INC", "incident-1", atSev2))
                    .hasMessageContaining("Denied");
            assertThat(audits(store)).singleElement().satisfies(r -> assertThat(r.verdict()).isEqualTo("deny"));
        }
    }
}
