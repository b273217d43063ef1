package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** where: a rule granting the action to the user must cover the channel it was asked in. */
class WhereRuleTest {
    private final WhereRule rule = new WhereRule();
    private final ActionRequest rollback = new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty());

    @Test
    void shouldAllowAWriteInTheIncidentChannelAndNameTheCoveringRule() {
        Verdict v = rule.check(context(RESPONDER, "sev2", rollback));

        assertThat(v.denied()).isFalse();
        assertThat(v.reason()).isEqualTo("#incident-20261124-001 is covered by policy rule 2 (where: incident-channels)");
    }

    @Test
    void shouldDenyAWriteOutsideIncidentChannelsAndSayWhereToRunIt() {
        Verdict v = rule.check(context(RESPONDER, null, rollback));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).contains("only in incident channels, and #general is not one")
                .contains("run it in the incident's channel").contains("policy rule 2");
    }

    @Test
    void shouldAllowAReadAnywhereWhenItsRuleSaysNothingOfPlaces() {
        assertThat(rule.check(context(RESPONDER, null, new ActionRequest.Pods("core-api"))).denied()).isFalse();
    }
}
