package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.aws.AwsSetup;
import com.nexus.chatops.action.k8s.KubernetesSetup;
import com.nexus.chatops.command.Capabilities;
import com.nexus.chatops.command.Need;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
 * page, and the infrastructure that guarded actions reach; {@code capabilities} says which of the commands'
 * needs are met here, for help.
 */
public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions,
                    Capabilities capabilities) {

    /** Every need counted as met: the test wiring, where the infrastructure is whatever the test hands in. */
    public Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions) {
        this(slack, pagerDuty, statuspage, actions, Capabilities.ALL);
    }

    /** PagerDuty and the status page as the environment configures them; needs as this machine meets them. */
    public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
        PagerDutyAccess pagerDuty = PagerDutyAccess.fromEnv(env);
        return new Edges(slack, pagerDuty, StatuspageClient.from(env), actions, detected(pagerDuty));
    }

    /**
     * Each need looked up once, when help first asks: a kubeconfig or in-cluster account (fabric8's own
     * lookup), an AWS credential source (environment and ~/.aws only: no SDK class is loaded), a PagerDuty token.
     */
    static Capabilities detected(PagerDutyAccess pagerDuty) {
        Map<Need, Boolean> known = new ConcurrentHashMap<>();
        return need -> known.computeIfAbsent(need, n -> switch (n) {
            case NOTHING -> true;
            case KUBERNETES -> KubernetesSetup.detect().available();
            case AWS -> AwsSetup.detect().available();
            case PAGERDUTY_API -> pagerDuty.client().isPresent();
        });
    }

    public static Edges slackOnly(SlackGateway slack) {
        return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none());
    }

    public Edges withPagerDuty(PagerDutyAccess access) {
        return new Edges(slack, access, statuspage, actions, capabilities);
    }
}
