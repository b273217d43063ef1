package com.nexus.chatops.store;

import java.time.Instant;

/** A delivery stored for asynchronous processing. */
public record InboxItem(String source, String key, String payload, Instant receivedAt) {
}
