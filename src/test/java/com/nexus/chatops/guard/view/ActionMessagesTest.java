package com.nexus.chatops.guard.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.guard.CooldownOverride;
import com.nexus.chatops.guard.PendingAction;
import com.nexus.chatops.guard.PendingState;
import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Sections;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The confirmation a guarded action posts, and what it becomes once settled. */
class ActionMessagesTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private static PendingAction pending(int approvals, String preview, Optional<CooldownOverride> override) {
        return new PendingAction("pa_test", new ActionRequest.Restart("core-api"), override, false, "U0ALICE",
                "C0INC", 1L, PendingState.PENDING, T0, T0.plusSeconds(300), T0, null, "1700000000.000100",
                approvals, approvals == 0 ? List.of() : List.of("leads"), preview, null);
    }

    private static List<String> buttons(Reply reply) {
        return reply.blocks().stream().filter(ActionsBlock.class::isInstance)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream())
                .map(e -> ((ButtonElement) e).getActionId() + "=" + ((ButtonElement) e).getValue()).toList();
    }

    @Test
    void shouldOfferApproveOnlyWhenApprovalsAreNeededAndCarryOnlyThePendingId() {
        Reply plain = ActionMessages.confirmation(pending(0, "pods a, b", Optional.empty()), 0);
        Reply twoPerson = ActionMessages.confirmation(pending(1, "pods a, b", Optional.empty()), 0);

        assertThat(buttons(plain)).containsExactly(ActionMessages.CONFIRM + "=pa_test",
                ActionMessages.CANCEL + "=pa_test");
        assertThat(buttons(twoPerson)).containsExactly(ActionMessages.CONFIRM + "=pa_test",
                ActionMessages.APPROVE + "=pa_test", ActionMessages.CANCEL + "=pa_test");
        assertThat(twoPerson.text()).contains("Run k8s.restart on core-api?")
                .contains("approvals 0/1 from leads (not the requester)").contains("in 5 min");
    }

    @Test
    void shouldKeepTheButtonsWithinSlacksBlockLimitWhenThePreviewIsHuge() {
        String huge = ("line of output\n").repeat(20_000);

        Reply reply = ActionMessages.confirmation(pending(0, huge, Optional.empty()), 0);

        assertThat(reply.blocks()).hasSizeLessThanOrEqualTo(Sections.MAX_BLOCKS);
        LayoutBlock last = reply.blocks().get(reply.blocks().size() - 1);
        assertThat(last).isInstanceOf(ActionsBlock.class);
    }

    @Test
    void shouldShowALeadsOverrideEscapedAndDropTheButtonsOnceSettled() {
        PendingAction p = pending(0, "pods a, b", Optional.of(new CooldownOverride("U0LEAD", "<!channel> & co")));

        Reply settled = ActionMessages.settled(p, ":no_entry_sign: Cancelled by <@U0ALICE>. Nothing was run.");

        assertThat(ActionMessages.preview(p)).endsWith("Cooldown overridden by <@U0LEAD>: &lt;!channel&gt; &amp; co");
        assertThat(buttons(settled)).isEmpty();
        assertThat(PlainText.render(settled)).contains("Cancelled by @U0ALICE. Nothing was run.");
    }
}
