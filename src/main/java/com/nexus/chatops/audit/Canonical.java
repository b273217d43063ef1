package com.nexus.chatops.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain's hash: {@code sha256(prevHash + canonical record)}. The canonical form is JSON with sorted keys,
 * the time as epoch millis and absent values as null, so any reader in any language can recompute it.
 */
public final class Canonical {
    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Canonical() {}

    public static String json(long seq, AuditRecord r) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("action", r.action());
        fields.put("actor", r.actor());
        fields.put("at", r.at().toEpochMilli());
        fields.put("channel", r.channel());
        fields.put("error", r.error());
        fields.put("incident", r.incidentId());
        fields.put("outcome", r.outcome());
        fields.put("params", r.params());
        fields.put("reason", r.reason());
        fields.put("seq", seq);
        fields.put("target", r.target());
        fields.put("verdict", r.verdict());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an audit record", e);
        }
    }

    public static String hash(String prevHash, long seq, AuditRecord r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((prevHash + json(seq, r)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
