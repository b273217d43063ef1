package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An Events API {@code event_callback} JSON envelope; event fields are set one by one. */
public final class EventBuilder extends SlackRequestBuilder<EventBuilder> {

    private final ObjectNode event = Json.object();
    private String eventId;
    private final long eventTime;

    EventBuilder(SlackRequests slack, String eventType) {
        super(slack);
        this.eventId = slack.nextId("Ev0");
        this.eventTime = slack.nowEpochSeconds();
        event.put("type", eventType);
        event.put("event_ts", InteractionJson.slackTs(eventTime, 1));
    }

    /** Same id as an earlier delivery, to exercise dedupe. */
    public EventBuilder eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public EventBuilder user(String userId) {
        return field("user", userId);
    }

    public EventBuilder channel(String channelId) {
        return field("channel", channelId);
    }

    /** Sets a field of the inner event: strings, numbers, booleans or any JSON node. */
    public EventBuilder field(String name, Object value) {
        if (value instanceof JsonNode node) {
            event.set(name, node);
        } else if (value instanceof Number || value instanceof Boolean) {
            event.set(name, Json.MAPPER.valueToTree(value));
        } else {
            event.put(name, value == null ? null : value.toString());
        }
        return this;
    }

    public String eventId() {
        return eventId;
    }

    @Override
    protected String contentType() {
        return "application/json";
    }

    @Override
    protected String body() {
        ObjectNode root = Json.object();
        root.put("token", SlackDefaults.VERIFICATION_TOKEN);
        root.put("team_id", SlackDefaults.TEAM_ID);
        root.put("api_app_id", SlackDefaults.APP_ID);
        root.set("event", event.deepCopy());
        root.put("type", "event_callback");
        root.put("event_id", eventId);
        root.put("event_time", eventTime);
        ObjectNode auth = root.putArray("authorizations").addObject();
        auth.putNull("enterprise_id");
        auth.put("team_id", SlackDefaults.TEAM_ID).put("user_id", SlackDefaults.BOT_USER_ID)
                .put("is_bot", true).put("is_enterprise_install", false);
        root.put("is_ext_shared_channel", false);
        return Json.write(root);
    }
}
