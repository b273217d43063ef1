package com.nexus.chatops.ingress.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature, "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)), computed
 * over the body's bytes as received. Bolt's {@code SlackSignature.Generator} gives the same string but looks up
 * a new {@link Mac} and formats each of the 32 bytes with {@code String.format} on every call, which made it
 * the largest single cost of an ack; here each thread keeps its keyed Mac.
 */
final class SigningKey {
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final ThreadLocal<Mac> macs;

    SigningKey(String signingSecret) {
        SecretKeySpec key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
        keyed(key); // a key the JDK refuses fails here, at startup
    }

    /** The X-Slack-Signature value Slack sends with this timestamp and body, as bytes. */
    byte[] expected(String timestamp, byte[] body) {
        Mac mac = macs.get();
        mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
        byte[] digest = mac.doFinal(body);
        return ("v0=" + HEX.formatHex(digest)).getBytes(StandardCharsets.US_ASCII);
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available: " + e.getMessage(), e);
        }
    }
}
