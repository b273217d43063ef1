package com.nexus.chatops.action.aws.view;

import com.nexus.chatops.action.aws.EcsDeployment;
import com.nexus.chatops.action.aws.EcsRollout;
import com.nexus.chatops.action.aws.EcsScalePreview;
import com.nexus.chatops.action.aws.EcsStatus;
import com.nexus.chatops.action.aws.EcsUpdate;
import com.nexus.chatops.action.aws.RedeployPreview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** ECS services as `aws ecs describe-services` shows them to the runbooks: counts, deployments, last events. */
public final class EcsText {
    private static final int EVENT_CHARS = 200;

    private EcsText() {}

    public static String status(EcsStatus s, Instant now) {
        StringBuilder t = new StringBuilder(head(s)).append(" · task definition ")
                .append(Texts.code(s.taskDefinition().label())).append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("DEPLOYMENT", "STATUS", "TASK DEFINITION", "DESIRED", "RUNNING", "PENDING", "ROLLOUT",
                "CREATED"));
        s.deployments().forEach(d -> rows.add(List.of(d.id(), d.status(), d.taskDefinition().label(),
                Integer.toString(d.desired()), Integer.toString(d.running()), Integer.toString(d.pending()),
                d.rolloutState().orElse("-"), Texts.ago(d.createdAt(), now))));
        t.append(Texts.block(Texts.table(rows)));
        s.deployments().stream().filter(EcsDeployment::failed).forEach(d -> t.append("\n:x: Deployment ")
                .append(d.id()).append(" failed: ").append(Texts.plain(d.rolloutReason().orElse("no reason given"))));
        if (!s.events().isEmpty()) {
            List<List<String>> events = new ArrayList<>();
            s.events().forEach(e -> events.add(List.of(Texts.ago(e.at(), now),
                    Texts.shorten(e.message(), EVENT_CHARS))));
            t.append("\nLast ").append(s.events().size()).append(" events:\n").append(Texts.block(Texts.table(events)));
        }
        return t.toString();
    }

    public static String redeployPreview(RedeployPreview p) {
        return "Force a new deployment of *" + Texts.plain(p.service()) + "* (cluster " + Texts.plain(p.cluster())
                + "): ECS replaces its tasks (" + p.running() + " running of " + p.desired() + " desired"
                + (p.pending() > 0 ? ", " + p.pending() + " pending" : "") + ") with new ones of "
                + Texts.code(p.taskDefinition().label()) + ", the task definition it runs now.";
    }

    public static String scalePreview(EcsScalePreview p) {
        return "Desired count of *" + Texts.plain(p.service()) + "* (cluster " + Texts.plain(p.cluster()) + "): "
                + p.from() + " → " + p.to() + " (" + p.running() + " running; bounds " + p.bounds().min() + "–"
                + p.bounds().max() + ")" + (p.withinBounds() ? "" : " :warning: outside the bounds");
    }

    /** What an UpdateService did, or would have done for a dry run. */
    public static String update(EcsUpdate u) {
        if (u.dryRun()) {
            return RequestText.dryRun(u.request());
        }
        boolean redeploy = u.request().params().stream().anyMatch(p -> p.name().equals("forceNewDeployment"));
        return u.after().map(s -> redeploy
                ? ":arrows_counterclockwise: New deployment " + u.startedDeployment().orElse("?") + " of "
                        + Texts.code(s.taskDefinition().label()) + " started for *" + Texts.plain(s.service())
                        + "*: " + s.desired() + " tasks desired."
                : ":white_check_mark: Desired count of *" + Texts.plain(s.service()) + "* set to " + s.desired()
                        + " (" + s.running() + " running now).")
                .orElse(":white_check_mark: ECS accepted the update.");
    }

    /** One line per change while following: where the tasks and deployments stand. */
    public static String progress(EcsStatus s) {
        String primary = s.primary().map(d -> d.taskDefinition().label() + " " + d.rolloutState().orElse(d.status()))
                .orElse("no primary deployment");
        int older = s.deployments().size() - 1;
        return s.running() + " of " + s.desired() + " running, " + s.pending() + " pending — " + primary
                + (older > 0 ? "; " + older + " older deployment" + (older > 1 ? "s" : "") + " still draining" : "");
    }

    public static String rollout(EcsRollout r) {
        EcsStatus s = r.last();
        String name = "*" + Texts.plain(s.service()) + "*";
        return switch (r.outcome()) {
            case STABLE -> ":white_check_mark: " + name + " is stable: " + s.running() + " of " + s.desired()
                    + " running " + Texts.code(s.taskDefinition().label()) + ".";
            case ROLLED_BACK -> ":x: The new deployment did not take: ECS rolled " + name + " back to "
                    + Texts.code(s.taskDefinition().label()) + " (" + s.running() + " of " + s.desired()
                    + " running). `ecs status` shows the service's events.";
            case FAILED -> ":x: " + name + " is " + Texts.plain(s.status()) + ": it is being deleted or was stopped.";
            case DEADLINE -> ":warning: " + name + " is not stable yet: " + progress(s)
                    + ". Follow it with `ecs status`.";
        };
    }

    private static String head(EcsStatus s) {
        return "*" + Texts.plain(s.service()) + "* (cluster " + Texts.plain(s.cluster()) + "): "
                + Texts.plain(s.status()) + " — " + s.running() + " running, " + s.desired() + " desired, "
                + s.pending() + " pending";
    }
}
