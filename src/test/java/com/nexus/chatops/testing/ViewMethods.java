package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** views.open / push / publish / update; every view is recorded with the method that produced it. */
final class ViewMethods {

    private final FakeState state;

    ViewMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("views.open", p -> open(p, "views.open"));
        methods.put("views.push", p -> open(p, "views.push"));
        methods.put("views.publish", this::publish);
        methods.put("views.update", this::update);
    }

    private ObjectNode open(Params p, String method) {
        String triggerId = p.required("trigger_id");
        JsonNode view = viewJson(p);
        return save(new FakeView(state.nextId("V"), method, null, triggerId,
                view.path("external_id").asText(null), state.nextId("h"), Json.write(view)));
    }

    private ObjectNode publish(Params p) {
        String userId = p.required("user_id", "user_not_found");
        state.user(userId).orElseThrow(() -> new SlackError("user_not_found"));
        JsonNode view = viewJson(p);
        if (!"home".equals(view.path("type").asText())) {
            throw new SlackError("invalid_arguments");
        }
        String id = state.views().stream().filter(v -> userId.equals(v.userId())).map(FakeView::id)
                .findFirst().orElseGet(() -> state.nextId("V"));
        return save(new FakeView(id, "views.publish", userId, null, null, state.nextId("h"), Json.write(view)));
    }

    private ObjectNode update(Params p) {
        String viewId = p.get("view_id");
        String externalId = p.get("external_id");
        if (viewId == null && externalId == null) {
            throw new SlackError("invalid_arguments");
        }
        FakeView old = (viewId != null ? state.view(viewId) : state.viewByExternalId(externalId))
                .orElseThrow(() -> new SlackError("not_found"));
        String hash = p.get("hash");
        if (hash != null && !hash.equals(old.hash())) {
            throw new SlackError("hash_conflict");
        }
        return save(new FakeView(old.id(), "views.update", old.userId(), old.triggerId(), old.externalId(),
                state.nextId("h"), Json.write(viewJson(p))));
    }

    private static JsonNode viewJson(Params p) {
        JsonNode view = Json.parseOrNull(p.required("view"));
        if (view == null || !view.isObject() || !view.hasNonNull("type")) {
            throw new SlackError("invalid_arguments");
        }
        return view;
    }

    private ObjectNode save(FakeView view) {
        state.putView(view);
        ObjectNode out = Json.object();
        out.set("view", SlackShapes.view(view));
        return out;
    }
}
