package com.nexus.chatops.action.aws;

import java.util.Optional;
import software.amazon.awssdk.services.rds.model.DBInstance;
import software.amazon.awssdk.services.rds.model.DBSnapshot;

/** RDS's model to nexus's records; absent numbers read as 0, absent strings as "". */
final class RdsModels {
    private RdsModels() {}

    static RdsStatus status(DBInstance i, FreeStorage free, Optional<SnapshotRow> automated,
                            Optional<SnapshotRow> manual) {
        Optional<String> endpoint = Optional.ofNullable(i.endpoint()).filter(e -> e.address() != null)
                .map(e -> e.address() + (e.port() == null ? "" : ":" + e.port()));
        return new RdsStatus(text(i.dbInstanceIdentifier()), text(i.dbInstanceStatus()), text(i.dbInstanceClass()),
                text(i.engine()), text(i.engineVersion()), Boolean.TRUE.equals(i.multiAZ()),
                number(i.allocatedStorage()), free, endpoint, automated, manual);
    }

    static SnapshotRow snapshot(DBSnapshot s) {
        return new SnapshotRow(text(s.dbSnapshotIdentifier()), text(s.snapshotType()), text(s.status()),
                Optional.ofNullable(s.snapshotCreateTime()), number(s.percentProgress()), text(s.dbSnapshotArn()));
    }

    private static int number(Integer value) {
        return value == null ? 0 : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
