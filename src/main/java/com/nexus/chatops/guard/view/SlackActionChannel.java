package com.nexus.chatops.guard.view;

import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.guard.ActionChannel;
import com.nexus.chatops.guard.Notice;
import com.nexus.chatops.guard.PendingAction;
import com.nexus.chatops.guard.Settlement;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.util.Optional;

/** The guard flow's channel messages, worded here and sent through the Slack gateway, waiting as SlackCalls says. */
public final class SlackActionChannel implements ActionChannel {
    private final SlackGateway slack;

    public SlackActionChannel(SlackGateway slack) {
        this.slack = slack;
    }

    @Override
    public String askToConfirm(PendingAction p, int approvalsSoFar) {
        return SlackCalls.required(Wait.DELIVERY, "post the confirmation",
                slack.post(p.channel(), ActionMessages.confirmation(p, approvalsSoFar)));
    }

    @Override
    public void approvalsChanged(PendingAction p, int approvalsSoFar) {
        SlackCalls.done(Wait.DELIVERY, slack.update(p.channel(), p.messageTs(),
                ActionMessages.confirmation(p, approvalsSoFar)));
    }

    @Override
    public String offerOverride(PendingAction held) {
        return SlackCalls.required(Wait.DELIVERY, "post the cooldown denial",
                slack.post(held.channel(), ActionMessages.cooldownDenied(held)));
    }

    @Override
    public void settle(PendingAction p, Settlement how) {
        SlackCalls.done(Wait.DELIVERY, slack.update(p.channel(), p.messageTs(),
                ActionMessages.settled(p, ActionNotices.of(how))));
    }

    @Override
    public Optional<String> tell(String channel, Notice notice) {
        return SlackCalls.result(Wait.DELIVERY, slack.post(channel, ActionMessages.post(ActionNotices.of(notice))));
    }

    @Override
    public void tellInThread(String channel, String ts, Notice notice) {
        SlackCalls.done(Wait.DELIVERY, slack.postInThread(channel, ts, ActionMessages.post(ActionNotices.of(notice))));
    }

    @Override
    public Optional<String> upload(String channel, String threadTs, ActionResult.Snippet snippet) {
        return SlackCalls.problem(slack.uploadText(channel, threadTs, snippet.filename(), snippet.title(),
                snippet.content()), "upload " + snippet.filename());
    }
}
