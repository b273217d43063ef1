package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.util.Optional;

/** A DB snapshot: type is "automated" or "manual"; status "creating" (with its progress) then "available". */
public record SnapshotRow(String id, String type, String status, Optional<Instant> createdAt, int percentProgress,
                         String arn) {

    public boolean available() {
        return "available".equals(status);
    }
}
