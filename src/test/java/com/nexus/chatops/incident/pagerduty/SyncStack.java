package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.Edges;
import com.nexus.chatops.Nexus;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.slack.SlackWebGateway;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.RunningNexus;
import java.time.Clock;

/** One nexus process without its HTTP doors: nexus.example.yml, a store URL, the fake Slack and a PagerDuty. */
final class SyncStack {
    private SyncStack() {
    }

    static Nexus open(String dbUrl, FakeSlack slack, PagerDutyAccess pagerDuty, Clock clock) {
        try {
            return Nexus.open(ConfigLoader.load(RunningNexus.exampleConfig()), dbUrl,
                    Edges.slackOnly(new SlackWebGateway(slack.methodsAsync())).withPagerDuty(pagerDuty), clock);
        } catch (Exception e) {
            throw new IllegalStateException("nexus did not open", e);
        }
    }
}
