package com.nexus.chatops.action.aws.view;

import com.nexus.chatops.action.aws.FreeStorage;
import com.nexus.chatops.action.aws.RdsStatus;
import com.nexus.chatops.action.aws.SnapshotPreview;
import com.nexus.chatops.action.aws.SnapshotProgress;
import com.nexus.chatops.action.aws.SnapshotResult;
import com.nexus.chatops.action.aws.SnapshotRow;
import java.time.Instant;
import java.util.Optional;

/** RDS instances and snapshots as the runbooks look at them with `aws rds describe-db-instances`. */
public final class RdsText {
    private RdsText() {}

    public static String status(RdsStatus s, Instant now) {
        return "*" + Texts.plain(s.instance()) + "*: " + Texts.plain(s.status()) + " — "
                + Texts.plain(s.instanceClass()) + ", " + Texts.plain(s.engine()) + " "
                + Texts.plain(s.engineVersion()) + (s.multiAz() ? ", Multi-AZ" : ", single-AZ")
                + "\nStorage: " + s.allocatedGib() + " GiB allocated, " + free(s.free(), now)
                + "\nEndpoint: " + s.endpoint().map(Texts::code).orElse("none yet")
                + "\nLatest automated snapshot: " + snapshot(s.latestAutomated(), now)
                + "\nLatest manual snapshot: " + snapshot(s.latestManual(), now);
    }

    public static String snapshotPreview(SnapshotPreview p, Instant now) {
        String warning = "available".equals(p.instanceStatus()) ? "" : "\n:warning: The instance is "
                + Texts.plain(p.instanceStatus()) + "; RDS only snapshots an available instance.";
        return "Create manual snapshot " + Texts.code(p.snapshotId()) + " of *" + Texts.plain(p.instance())
                + "* (now " + Texts.plain(p.instanceStatus()) + "). Latest manual snapshot: "
                + snapshot(p.latestManual(), now) + "." + warning;
    }

    public static String snapshot(SnapshotResult r) {
        if (r.dryRun()) {
            return RequestText.dryRun(r.request());
        }
        return r.created().map(s -> ":camera_with_flash: Snapshot " + Texts.code(s.id()) + " started ("
                + Texts.plain(s.status()) + "): " + Texts.code(s.arn())).orElse(":white_check_mark: RDS accepted the"
                + " snapshot request.");
    }

    public static String progress(SnapshotRow s) {
        return "Snapshot " + Texts.code(s.id()) + ": " + Texts.plain(s.status())
                + (s.available() ? "" : ", " + s.percentProgress() + "%");
    }

    public static String done(SnapshotProgress p) {
        SnapshotRow s = p.last();
        return switch (p.outcome()) {
            case AVAILABLE -> ":white_check_mark: Snapshot " + Texts.code(s.id()) + " is available: "
                    + Texts.code(s.arn());
            case FAILED -> ":x: Snapshot " + Texts.code(s.id()) + " is " + Texts.plain(s.status()) + ".";
            case DEADLINE -> ":warning: Snapshot " + Texts.code(s.id()) + " is still " + Texts.plain(s.status())
                    + " (" + s.percentProgress() + "%); `rds status` shows when it is available.";
        };
    }

    private static String free(FreeStorage free, Instant now) {
        return free.bytes().map(b -> Texts.gib(b) + " free (CloudWatch, " + Texts.ago(free.at(), now) + ")")
                .orElseGet(() -> "free space unknown: " + Texts.plain(free.missing().orElse("no data")));
    }

    private static String snapshot(Optional<SnapshotRow> row, Instant now) {
        return row.map(s -> Texts.code(s.id()) + " (" + Texts.plain(s.status()) + ", " + Texts.ago(s.createdAt(), now)
                + ")").orElse("none");
    }
}
