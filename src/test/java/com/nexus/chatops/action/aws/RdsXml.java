package com.nexus.chatops.action.aws;

import java.util.List;
import java.util.Optional;

/** RDS query-protocol answers about DB snapshots, as RDS writes them (XML in the 2014-10-31 namespace). */
public final class RdsXml {
    public static final String INSTANCE = "nexus-platform-production-db";

    private RdsXml() {}

    public static String snapshot(String id, String type, String status, Optional<String> created, int progress) {
        return "<DBSnapshot><DBSnapshotIdentifier>" + id + "</DBSnapshotIdentifier><DBInstanceIdentifier>" + INSTANCE
                + "</DBInstanceIdentifier>" + created.map(c -> "<SnapshotCreateTime>" + c + "</SnapshotCreateTime>")
                .orElse("") + "<Engine>postgres</Engine><AllocatedStorage>100</AllocatedStorage><Status>" + status
                + "</Status><SnapshotType>" + type + "</SnapshotType><PercentProgress>" + progress
                + "</PercentProgress><DBSnapshotArn>" + arn(id) + "</DBSnapshotArn></DBSnapshot>";
    }

    public static String arn(String id) {
        return "arn:aws:rds:us-west-2:123456789012:snapshot:" + id;
    }

    public static String describeSnapshots(List<String> snapshots, Optional<String> marker) {
        return "<DescribeDBSnapshotsResponse xmlns=\"" + FakeAws.RDS_XMLNS + "\"><DescribeDBSnapshotsResult>"
                + marker.map(m -> "<Marker>" + m + "</Marker>").orElse("") + "<DBSnapshots>"
                + String.join("", snapshots) + "</DBSnapshots></DescribeDBSnapshotsResult>" + metadata()
                + "</DescribeDBSnapshotsResponse>";
    }

    public static String createSnapshot(String snapshot) {
        return "<CreateDBSnapshotResponse xmlns=\"" + FakeAws.RDS_XMLNS + "\"><CreateDBSnapshotResult>" + snapshot
                + "</CreateDBSnapshotResult>" + metadata() + "</CreateDBSnapshotResponse>";
    }

    private static String metadata() {
        return "<ResponseMetadata><RequestId>fake-request-id</RequestId></ResponseMetadata>";
    }
}
