package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Rds;
import java.util.Map;

/** The words and ARNs for an RDS instance and its snapshots in messages. */
final class RdsTargets {
    static final String DESCRIBE_INSTANCES = "rds:DescribeDBInstances";
    static final String DESCRIBE_SNAPSHOTS = "rds:DescribeDBSnapshots";
    static final String CREATE_SNAPSHOT = "rds:CreateDBSnapshot";

    private RdsTargets() {}

    static AwsCall instance(String action, Rds target, String region) {
        return new AwsCall(action, subject(target), "arn:aws:rds:" + region + ":*:db:" + target.instance(), region,
                false, Map.of("DBInstanceNotFound", subject(target)));
    }

    static AwsCall snapshot(String action, Rds target, String snapshotId, String region) {
        return new AwsCall(action, "snapshot " + snapshotId + " of " + subject(target),
                "arn:aws:rds:" + region + ":*:snapshot:" + snapshotId, region, action.equals(CREATE_SNAPSHOT),
                Map.of("DBInstanceNotFound", subject(target), "DBSnapshotNotFound", "The RDS snapshot " + snapshotId));
    }

    static String subject(Rds target) {
        return "RDS instance " + target.instance();
    }
}
