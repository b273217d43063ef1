package com.nexus.chatops.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionRequests;
import com.nexus.chatops.config.PolicyRequest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one canonical form of a guarded request's parameters, for the pending-action row and the audit record:
 * JSON with sorted keys of the typed request's own parameters, plus the guard's two marks — a lead's cooldown
 * override and "held by the cooldown". Stored rows and audit hashes depend on it byte for byte.
 */
final class RequestParams {
    static final String HELD = "held";
    private static final String HELD_BY = "cooldown";
    private static final String OVERRIDE_BY = "override.by";
    private static final String OVERRIDE_REASON = "override.reason";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request read back from the store, with the guard's marks. */
    record Stored(ActionRequest request, Optional<CooldownOverride> override, boolean held) {
    }

    private RequestParams() {
    }

    static String json(PolicyRequest request, Optional<CooldownOverride> override, boolean held) {
        Map<String, String> all = new TreeMap<>(request.params());
        override.ifPresent(o -> {
            all.put(OVERRIDE_BY, o.by());
            all.put(OVERRIDE_REASON, o.reason());
        });
        if (held) {
            all.put(HELD, HELD_BY);
        }
        return json(all);
    }

    static String json(Map<String, String> sorted) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(sorted));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise parameters", e);
        }
    }

    static Stored read(String action, String target, String json) {
        Map<String, String> params = json == null || json.isBlank() ? Map.of() : parse(json);
        Optional<CooldownOverride> override = Optional.ofNullable(params.get(OVERRIDE_BY))
                .map(by -> new CooldownOverride(by, params.getOrDefault(OVERRIDE_REASON, "")));
        return new Stored(ActionRequests.read(action, target, params), override, params.containsKey(HELD));
    }

    private static Map<String, String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored parameters are not valid JSON", e);
        }
    }
}
