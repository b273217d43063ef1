package com.nexus.chatops.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a responder asked for, in the words of the policy: the action name (k8s.rollback), the service it acts on
 * and its parameters. Stored with a pending action, so it is all a confirmation needs to run the action later.
 */
public record ActionRequest(String action, String service, Map<String, String> params) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ActionRequest {
        Objects.requireNonNull(action);
        params = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    public static ActionRequest of(String action, String service) {
        return new ActionRequest(action, service, Map.of());
    }

    public ActionRequest with(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(params);
        all.putAll(more);
        return new ActionRequest(action, service, all);
    }

    public java.util.Optional<String> param(String name) {
        return java.util.Optional.ofNullable(params.get(name));
    }

    /** Sorted-key JSON: the same request always serialises the same way (audit hashes depend on it). */
    public String paramsJson() {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise parameters", e);
        }
    }

    public static Map<String, String> paramsFromJson(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored parameters are not valid JSON", e);
        }
    }
}
