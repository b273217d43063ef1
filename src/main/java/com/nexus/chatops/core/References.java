package com.nexus.chatops.core;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Short random ids that tie what a user sees (a failure's reference, a command's correlation id) to the log
 * lines about it. One kind everywhere, so a responder can quote any of them to an operator.
 */
public final class References {
    private References() {}

    /**
     * Ten hex digits: easy to read out, and unique enough to find one request in a day of logs. They guard
     * nothing, so they come from the calling thread's own generator (no lock, no entropy pool).
     */
    public static String next() {
        long forty = ThreadLocalRandom.current().nextLong(1L << 40);
        return Long.toHexString(forty | 1L << 40).substring(1);
    }
}
