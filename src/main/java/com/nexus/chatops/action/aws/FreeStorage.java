package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.util.Optional;

/**
 * CloudWatch's latest FreeStorageSpace of an instance, in bytes, or why there is none (no datapoints yet,
 * CloudWatch not allowed, not answering): an instance's status never fails for want of this one number.
 */
public record FreeStorage(Optional<Long> bytes, Optional<Instant> at, Optional<String> missing) {

    static FreeStorage of(long bytes, Instant at) {
        return new FreeStorage(Optional.of(bytes), Optional.of(at), Optional.empty());
    }

    static FreeStorage missing(String why) {
        return new FreeStorage(Optional.empty(), Optional.empty(), Optional.of(why));
    }
}
