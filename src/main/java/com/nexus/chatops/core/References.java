package com.nexus.chatops.core;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Short random ids that tie what a user sees (a failure's reference, a command's correlation id) to the log
 * lines about it. One kind everywhere, so a responder can quote any of them to an operator.
 */
public final class References {
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    /** Ten hex digits: easy to read out, and unique enough to find one request in a day of logs. */
    public static String next() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
