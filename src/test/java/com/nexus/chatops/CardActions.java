package com.nexus.chatops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexus.chatops.testing.FakeChannel;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Payload pieces the shared request builders don't make: a static select on the card, pin and reaction items. */
final class CardActions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CardActions() {}

    static void select(RunningNexus nexus, FakeChannel channel, String actionId, String value) {
        ObjectNode root = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", SlackDefaults.APP_ID)
                .put("token", SlackDefaults.VERIFICATION_TOKEN).put("trigger_id", "select-" + value + ".trigger");
        root.putObject("user").put("id", SlackDefaults.USER_ID).put("username", SlackDefaults.USER_NAME)
                .put("team_id", SlackDefaults.TEAM_ID);
        root.putObject("team").put("id", SlackDefaults.TEAM_ID).put("domain", SlackDefaults.TEAM_DOMAIN);
        root.putObject("container").put("type", "message").put("channel_id", channel.id()).put("message_ts", "1.000001");
        root.putObject("channel").put("id", channel.id()).put("name", channel.name());
        root.put("response_url", "https://hooks.slack.com/actions/x");
        ObjectNode action = root.putArray("actions").addObject().put("type", "static_select")
                .put("action_id", actionId).put("block_id", "incident_card").put("action_ts", "1.000002");
        action.putObject("selected_option").put("value", value)
                .putObject("text").put("type", "plain_text").put("text", value);
        String body = "payload=" + URLEncoder.encode(root.toString(), StandardCharsets.UTF_8);
        nexus.requests().raw("application/x-www-form-urlencoded", body).send(nexus.baseUri());
    }

    static ObjectNode pinItem(String channel, String ts, String text) {
        ObjectNode item = JSON.createObjectNode().put("type", "message").put("channel", channel);
        item.putObject("message").put("type", "message").put("ts", ts).put("text", text).put("user", SlackDefaults.USER_ID);
        return item;
    }

    static ObjectNode reactionItem(String channel, String ts) {
        return JSON.createObjectNode().put("type", "message").put("channel", channel).put("ts", ts);
    }
}
