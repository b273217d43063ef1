package com.nexus.chatops.action.k8s;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/** The Kubernetes reads and previews as short mrkdwn, kubectl-shaped so responders recognise them. */
final class KubernetesText {
    /** Longer read output goes up as a snippet: a message stays far below what Slack accepts. */
    static final int MAX_INLINE = 2_800;

    private KubernetesText() {}

    static String pods(List<PodRow> pods) {
        StringBuilder t = new StringBuilder("NAME  READY  STATUS  RESTARTS  AGE  NODE\n");
        pods.forEach(p -> t.append(p.name()).append("  ").append(p.ready()).append("  ").append(p.status())
                .append("  ").append(p.restarts()).append("  ").append(age(p.age())).append("  ").append(p.node())
                .append('\n'));
        return t.toString();
    }

    static String events(List<EventRow> events) {
        StringBuilder t = new StringBuilder("TYPE  REASON  OBJECT  MESSAGE\n");
        events.stream().sorted(Comparator.comparing((EventRow e) -> !e.warning()))
                .forEach(e -> t.append(e.type()).append("  ").append(e.reason()).append("  ").append(e.object())
                        .append("  ").append(e.message()).append(e.count() > 1 ? " (x" + e.count() + ")" : "")
                        .append('\n'));
        return t.toString();
    }

    static String history(List<Revision> revisions) {
        StringBuilder t = new StringBuilder("REVISION  IMAGES  CHANGE-CAUSE  CREATED\n");
        revisions.forEach(r -> t.append(r.number()).append(r.current() ? " (current)" : "").append("  ")
                .append(String.join(", ", r.images())).append("  ").append(r.changeCause().orElse("<none>"))
                .append("  ").append(r.createdAt().map(Object::toString).orElse("?")).append('\n'));
        return t.toString();
    }

    static String rollback(RollbackPreview p) {
        return "Revision " + p.current().number() + " (" + String.join(", ", p.current().images()) + ") → revision "
                + p.target().number() + " (" + String.join(", ", p.target().images()) + ")"
                + p.currentAge().map(a -> "\nCurrent revision rolled out " + age(a) + " ago"
                + p.current().changeCause().map(c -> " (" + c + ")").orElse("")).orElse("");
    }

    static String rollout(RolloutStatus s) {
        String head = s.complete() ? ":white_check_mark: Rollout complete" : s.failed() ? ":x: Rollout failed"
                : s.stuck() ? ":warning: Rollout stuck at the deadline" : "Rollout in progress";
        return head + ": " + s.updated() + " updated, " + s.ready() + " ready, " + s.available() + " available of "
                + s.desired() + (s.message().isBlank() || s.complete() ? "" : " — " + s.message());
    }

    static String block(String text) {
        return "```" + text.replace("```", "ʼʼʼ") + "```";
    }

    static String age(Duration d) {
        long m = d.toMinutes();
        return m < 1 ? d.toSeconds() + "s" : m < 120 ? m + "m" : d.toHours() < 48 ? d.toHours() + "h" : d.toDays() + "d";
    }
}
