package com.nexus.chatops.ingress.pagerduty;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-PagerDuty-Signature: v1=<hex>[,v1=<hex>…]}: HMAC-SHA256 of the raw body. While a secret rotates
 * PagerDuty sends one value per secret, so any match is enough; each comparison is constant-time.
 */
final class WebhookSignature {
    private static final String SCHEME = "v1=";

    private final SecretKeySpec key;

    WebhookSignature(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    boolean matches(byte[] body, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] expected = hmac(body);
        boolean any = false;
        for (String part : header.split(",")) {
            String value = part.trim();
            if (value.startsWith(SCHEME)) {
                any |= MessageDigest.isEqual(expected, hex(value.substring(SCHEME.length())));
            }
        }
        return any;
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable in this JVM", e);
        }
    }

    /** Not hex means no match, not an error: the sender just signed wrongly. */
    private static byte[] hex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
