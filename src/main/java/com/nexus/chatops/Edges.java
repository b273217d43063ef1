package com.nexus.chatops;

import com.nexus.chatops.action.ActionCatalog;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ServiceReads;
import com.nexus.chatops.action.aws.AwsServices;
import com.nexus.chatops.action.aws.AwsSetup;
import com.nexus.chatops.action.aws.catalog.AwsActions;
import com.nexus.chatops.action.k8s.Deployments;
import com.nexus.chatops.action.k8s.KubernetesActions;
import com.nexus.chatops.action.k8s.KubernetesSetup;
import com.nexus.chatops.command.Capabilities;
import com.nexus.chatops.command.Need;
import com.nexus.chatops.config.Env;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.pagerduty.PagerDutyAccess;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.statuspage.Statuspage;
import com.nexus.chatops.statuspage.StatuspageClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What nexus talks to beyond its own store: Slack (or the console), PagerDuty, the optional public status
 * page, the infrastructure that guarded actions reach and that the runbooks' hints read, and the runbooks it
 * offers (read from files once, at startup); {@code capabilities} says which of the commands' needs are met
 * here, for help.
 */
public record Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions,
                    ServiceReads reads, Runbooks runbooks, Capabilities capabilities) {

    /** Every need counted as met: the test wiring, where the infrastructure is whatever the test hands in. */
    public Edges(SlackGateway slack, PagerDutyAccess pagerDuty, Statuspage statuspage, ActionCatalog actions) {
        this(slack, pagerDuty, statuspage, actions, ServiceReads.NONE, Runbooks.empty(), Capabilities.ALL);
    }

    /** PagerDuty and the status page as the environment configures them; needs as this machine meets them. */
    public static Edges fromEnv(Env env, SlackGateway slack, ActionCatalog actions) {
        PagerDutyAccess pagerDuty = PagerDutyAccess.fromEnv(env);
        return new Edges(slack, pagerDuty, StatuspageClient.from(env), actions, ServiceReads.NONE, Runbooks.empty(),
                detected(pagerDuty));
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

    /** Kubernetes and AWS as nexus reaches them in production: each connects on the first command that needs it. */
    public static ActionCatalog infrastructure(NexusConfig config) {
        return infrastructure(new KubernetesActions(config, Deployments::connect, KubernetesSetup::detect),
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
        return new Edges(slack, PagerDutyAccess.none(), Statuspage.OFF, ActionCatalog.none());
    }

    public Edges withActions(ActionCatalog catalog) {
        return new Edges(slack, pagerDuty, statuspage, catalog, reads, runbooks, capabilities);
    }

    public Edges withPagerDuty(PagerDutyAccess access) {
        return new Edges(slack, access, statuspage, actions, reads, runbooks, capabilities);
    }

    /** The runbooks to post, and where the hints read what the services run. */
    public Edges withRunbooks(Runbooks offered, ServiceReads read) {
        return new Edges(slack, pagerDuty, statuspage, actions, read, offered, capabilities);
    }
}
