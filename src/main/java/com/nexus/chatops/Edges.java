package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.Workloads;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;

/**
 * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
 * page, the infrastructure that guarded actions reach and that the runbooks' hints read, and the runbooks it
 * offers (read from files once, at startup).
 */
public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions,
                    Workloads workloads, Runbooks runbooks) {
    /** PagerDuty and the status page as the environment configures them. */
    public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
        return new Edges(slack, PagerDutyAccess.fromEnv(env), StatuspageClient.from(env), actions, Workloads.NONE,
                Runbooks.empty());
    }

    public static Edges slackOnly(SlackGateway slack) {
        return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none(), Workloads.NONE,
                Runbooks.empty());
    }

    public Edges withPagerDuty(PagerDutyAccess access) {
        return new Edges(slack, access, statuspage, actions, workloads, runbooks);
    }

    /** The runbooks to post, and where the hints read what the services run. */
    public Edges withRunbooks(Runbooks offered, Workloads read) {
        return new Edges(slack, pagerDuty, statuspage, actions, read, offered);
    }
}
