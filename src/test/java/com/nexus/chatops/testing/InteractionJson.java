package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** JSON fragments every interaction payload shares, and the form wrapping Slack puts around them. */
final class InteractionJson {

    private InteractionJson() {
    }

    static ObjectNode user(String id, String name) {
        return Json.object().put("id", id).put("username", name).put("name", name)
                .put("team_id", SlackDefaults.TEAM_ID);
    }

    static ObjectNode team() {
        return Json.object().put("id", SlackDefaults.TEAM_ID).put("domain", SlackDefaults.TEAM_DOMAIN);
    }

    static ObjectNode plainText(String text) {
        return Json.object().put("type", "plain_text").put("text", text).put("emoji", true);
    }

    /** The interaction envelope fields, in the order Slack sends them. */
    static ObjectNode envelope(String type, String userId, String userName, String triggerId) {
        ObjectNode root = Json.object().put("type", type);
        root.set("user", user(userId, userName));
        root.put("api_app_id", SlackDefaults.APP_ID);
        root.put("token", SlackDefaults.VERIFICATION_TOKEN);
        root.put("trigger_id", triggerId);
        root.set("team", team());
        root.putNull("enterprise");
        root.put("is_enterprise_install", false);
        return root;
    }

    static String formBody(ObjectNode payload) {
        return FormEncoding.encode(Map.of("payload", Json.write(payload)));
    }

    /** Slack's action_ts / message ts style: seconds with six decimals. */
    static String slackTs(long epochSeconds, long micros) {
        return String.format("%d.%06d", epochSeconds, micros % 1_000_000);
    }
}
