package com.nexus.chatops.guard.view;

import com.nexus.chatops.guard.Notice;
import com.nexus.chatops.guard.Settlement;
import com.nexus.chatops.slack.Mrkdwn;

/** The words of what the guard flow tells a channel, and of how a confirmation ended. */
final class ActionNotices {
    private ActionNotices() {}

    static String of(Notice notice) {
        if (notice instanceof Notice.Approved a) {
            return ":ballot_box_with_check: " + RequestNames.of(a.request()) + " is approved; <@" + a.requester()
                    + "> can confirm it now.";
        }
        if (notice instanceof Notice.Ran r) {
            return ":white_check_mark: " + RequestNames.of(r.request()) + " done.\n" + r.result();
        }
        if (notice instanceof Notice.Failed f) {
            return ":x: " + RequestNames.of(f.request()) + " failed: " + f.message();
        }
        if (notice instanceof Notice.Interrupted i) {
            return ":warning: " + RequestNames.of(i.request()) + ", requested by <@" + i.requester() + ">, was running"
                    + " when nexus stopped: outcome unknown — check with `" + RequestNames.check(i.request(), "history")
                    + "`. nexus will not run it again by itself.";
        }
        if (notice instanceof Notice.StoppedFollowing s) {
            return ":warning: Stopped following: " + s.why() + ". Check with `"
                    + RequestNames.check(s.request(), "pods") + "`.";
        }
        return ((Notice.Progress) notice).line();
    }

    static String of(Settlement how) {
        if (how instanceof Settlement.Done d) {
            return ":white_check_mark: Done — confirmed by <@" + d.confirmer() + ">.";
        }
        if (how instanceof Settlement.Failed f) {
            return ":x: Failed: " + f.message();
        }
        if (how instanceof Settlement.Cancelled c) {
            return ":no_entry_sign: Cancelled by <@" + c.by() + ">. Nothing was run.";
        }
        if (how instanceof Settlement.Expired) {
            return ":hourglass: Expired unconfirmed. Nothing was run.";
        }
        if (how instanceof Settlement.Overridden o) {
            return ":unlock: Cooldown overridden by <@" + o.override().by() + ">: " + Mrkdwn.escape(o.override().reason());
        }
        return ":warning: Outcome unknown: nexus stopped while this was running.";
    }
}
