package com.nexus.chatops.ingress.slack;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short ids that tie a user-visible failure to its log line. */
public final class Correlation {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Correlation() {}

    public static String newId() {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
