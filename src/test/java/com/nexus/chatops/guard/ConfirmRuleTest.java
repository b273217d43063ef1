package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import org.junit.jupiter.api.Test;

/** confirmation: a rule that applies here with confirm: true makes the requester click Confirm first. */
class ConfirmRuleTest {
    private final ConfirmRule rule = new ConfirmRule();

    @Test
    void shouldAskForAConfirmationAndNameTheRuleThatWantsIt() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.Restart("core-api")));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.CONFIRM);
        assertThat(v.reason()).isEqualTo("the requester must confirm (policy rule 2)");
    }

    @Test
    void shouldAskNothingWhenNoRuleHereWantsIt() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.Pods("core-api")));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.ALLOW);
        assertThat(v.reason()).isEqualTo("no confirmation asked");
    }
}
