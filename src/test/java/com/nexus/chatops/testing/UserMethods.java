package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** auth.test, users.info, users.lookupByEmail, usergroups.users.list. */
final class UserMethods {

    private final FakeState state;

    UserMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("auth.test", p -> authTest());
        methods.put("users.info", this::info);
        methods.put("users.lookupByEmail", this::lookupByEmail);
        methods.put("usergroups.users.list", this::usergroupMembers);
    }

    private ObjectNode authTest() {
        return Json.object().put("url", "https://" + SlackDefaults.TEAM_DOMAIN + ".slack.com/")
                .put("team", SlackDefaults.TEAM_NAME).put("user", SlackDefaults.BOT_NAME)
                .put("team_id", SlackDefaults.TEAM_ID).put("user_id", SlackDefaults.BOT_USER_ID)
                .put("bot_id", SlackDefaults.BOT_ID).put("is_enterprise_install", false);
    }

    private ObjectNode info(Params p) {
        FakeUser user = state.user(p.required("user", "user_not_found"))
                .orElseThrow(() -> new SlackError("user_not_found"));
        return withUser(user);
    }

    private ObjectNode lookupByEmail(Params p) {
        FakeUser user = state.userByEmail(p.required("email", "users_not_found"))
                .orElseThrow(() -> new SlackError("users_not_found"));
        return withUser(user);
    }

    private ObjectNode usergroupMembers(Params p) {
        var members = state.usergroupMembers(p.required("usergroup", "no_such_subteam"))
                .orElseThrow(() -> new SlackError("no_such_subteam"));
        ObjectNode out = Json.object();
        ArrayNode users = out.putArray("users");
        members.forEach(users::add);
        return out;
    }

    private static ObjectNode withUser(FakeUser user) {
        ObjectNode out = Json.object();
        out.set("user", SlackShapes.user(user));
        return out;
    }
}
