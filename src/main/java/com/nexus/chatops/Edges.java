package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;
import java.util.Optional;

/**
 * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
 * page, the infrastructure that guarded actions reach and that the runbooks' hints read, and the runbooks it
 * offers (read from files once, at startup).
 */
public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions,
                    ServiceReads reads, Runbooks runbooks) {
    /** PagerDuty and the status page as the environment configures them. */
    public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
        return new Edges(slack, PagerDutyAccess.fromEnv(env), StatuspageClient.from(env), actions, ServiceReads.NONE,
                Runbooks.empty());
    }

    /** Kubernetes and AWS as nexus reaches them in production: each connects on the first command that needs it. */
    public static ActionCatalog infrastructure(NexusConfig config) {
        return infrastructure(new KubernetesActions(config, Deployments::connect),
                new AwsActions(config, AwsServices::connect));
    }

    /** The same, over catalogs the caller keeps (they are also what the runbooks' hints read). */
    public static ActionCatalog infrastructure(KubernetesActions kubernetes, AwsActions aws) {
        return ActionCatalog.of(kubernetes, aws);
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
        return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none(), ServiceReads.NONE,
                Runbooks.empty());
    }

    public Edges withActions(ActionCatalog catalog) {
        return new Edges(slack, pagerDuty, statuspage, catalog, reads, runbooks);
    }

    public Edges withPagerDuty(PagerDutyAccess access) {
        return new Edges(slack, access, statuspage, actions, reads, runbooks);
    }

    /** The runbooks to post, and where the hints read what the services run. */
    public Edges withRunbooks(Runbooks offered, ServiceReads read) {
        return new Edges(slack, pagerDuty, statuspage, actions, read, offered);
    }
}
