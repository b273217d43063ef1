package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.GROUPIE;
import static com.nexus.chatops.guard.PolicyFixture.NOBODY;
import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.core.NexusException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** who: some rule that applies must allow the action to a role the user holds. */
class WhoRuleTest {
    private final WhoRule rule = new WhoRule();

    @Test
    void shouldAllowAndNameTheRoleWhenTheUserIsListedInIt() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.Pods("core-api")));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.ALLOW);
        assertThat(v.reason()).isEqualTo(RESPONDER + " holds responders (policy rule 1)");
    }

    @Test
    void shouldAllowWhenTheUserIsInAGroupOfTheRole() {
        assertThat(rule.check(context(GROUPIE, "sev2", new ActionRequest.Pods("core-api"))).denied()).isFalse();
    }

    @Test
    void shouldDenyAndSayWhichRoleToJoinWhenTheUserHoldsNone() {
        Verdict v = rule.check(context(NOBODY, "sev2", new ActionRequest.Pods("core-api")));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).startsWith("no policy rule allows k8s.pods for you (" + NOBODY + ")")
                .endsWith("(policy rule 1 allows responders, leads)");
    }

    @Test
    void shouldDenyAndSayWhatRuleToAddWhenNoRuleCoversTheAction() {
        Verdict v = rule.check(context(PolicyFixture.withoutPolicy(), RESPONDER, null,
                new ActionRequest.Restart("core-api"), Optional.empty()));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).contains("no policy rule allows k8s.restart").contains("actions: [k8s.restart]");
    }

    @Test
    void shouldFailClosedAndSaySoWhenAGroupCannotBeChecked() {
        Context context = new Context(context(GROUPIE, "sev2", new ActionRequest.Pods("core-api")).attempt(),
                PolicyFixture.EXAMPLE, new Roles(PolicyFixture.EXAMPLE, group -> {
                    throw new NexusException("Slack did not answer");
                }));

        Verdict v = rule.check(context);

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).contains("user group S0000000001 could not be checked (Slack did not answer)");
    }
}
