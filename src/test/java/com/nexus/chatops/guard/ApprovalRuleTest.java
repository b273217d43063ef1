package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** two-person approval: a rollback at sev1 needs one approval from leads; at sev2 none. */
class ApprovalRuleTest {
    private final ApprovalRule rule = new ApprovalRule();
    private final ActionRequest rollback = new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty());

    @Test
    void shouldAskForTheStrictestApprovalsAndTheirApproversAtTheSeverityTheRuleNames() {
        Verdict v = rule.check(context(RESPONDER, "sev1", rollback));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.APPROVE);
        assertThat(v.approvals()).isEqualTo(1);
        assertThat(v.approvers()).containsExactly("leads");
        assertThat(v.reason()).isEqualTo("1 approval from leads needed at sev1 (policy rule 3); the requester cannot"
                + " approve");
    }

    @Test
    void shouldAskForNoApprovalAtAnotherSeverity() {
        Verdict v = rule.check(context(RESPONDER, "sev2", rollback));

        assertThat(v.kind()).isEqualTo(Verdict.Kind.ALLOW);
        assertThat(v.reason()).isEqualTo("no approval asked");
    }
}
