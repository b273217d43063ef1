package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;
import java.util.Optional;

/**
 * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
 * page, and the infrastructure that guarded actions reach.
 */
public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions) {
    /** PagerDuty and the status page as the environment configures them. */
    public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
        return new Edges(slack, PagerDutyAccess.fromEnv(env), StatuspageClient.from(env), actions);
    }

    /** Kubernetes and AWS as nexus reaches them in production: each connects on the first command that needs it. */
    public static ActionCatalog infrastructure(NexusConfig config) {
        return ActionCatalog.of(new KubernetesActions(config, Deployments::connect),
                new AwsActions(config, AwsServices::connect));
    }

    /**
     * A service's CloudWatch alarms in ALARM, as `alarms <service>` words them, for the card of an incident
     * declared for it; nothing (and no AWS call) for a service without AWS resources. Read by nexus itself at
     * declaration, not asked for by anyone, so it is not a guarded request.
     */
    public ServiceAlarms alarms(NexusConfig config) {
        return service -> config.service(service).filter(s -> s.aws().isPresent())
                .map(s -> actions.plan(new ActionRequest.Alarms(Optional.of(s.name()))).execute(false).text());
    }

    public static Edges slackOnly(SlackGateway slack) {
        return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none());
    }

    public Edges withActions(ActionCatalog catalog) {
        return new Edges(slack, pagerDuty, statuspage, catalog);
    }

    public Edges withPagerDuty(PagerDutyAccess access) {
        return new Edges(slack, access, statuspage, actions);
    }
}
