package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@code block_actions} payload for one button click on a message. */
public final class BlockActionBuilder extends SlackRequestBuilder<BlockActionBuilder> {

    private final String actionId;
    private final String value;
    private String blockId = "nexus_actions";
    private String userId = SlackDefaults.USER_ID;
    private String userName = SlackDefaults.USER_NAME;
    private String channelId = SlackDefaults.CHANNEL_ID;
    private String channelName = SlackDefaults.CHANNEL_NAME;
    private String messageTs;
    private String responseUrl;
    private String triggerId;
    private String selectedOption;

    BlockActionBuilder(SlackRequests slack, String actionId, String value) {
        super(slack);
        this.actionId = actionId;
        this.value = value;
        String id = slack.nextId("");
        this.messageTs = InteractionJson.slackTs(slack.nowEpochSeconds(), Long.parseLong(id));
        this.responseUrl = "https://hooks.slack.com/actions/" + SlackDefaults.TEAM_ID + "/" + id + "/fake";
        this.triggerId = id + ".trigger";
    }

    public BlockActionBuilder blockId(String blockId) {
        this.blockId = blockId;
        return this;
    }

    public BlockActionBuilder user(String id, String name) {
        this.userId = id;
        this.userName = name;
        return this;
    }

    public BlockActionBuilder channel(String id, String name) {
        this.channelId = id;
        this.channelName = name;
        return this;
    }

    /** The ts of the message holding the button. */
    public BlockActionBuilder messageTs(String ts) {
        this.messageTs = ts;
        return this;
    }

    public BlockActionBuilder responseUrl(String url) {
        this.responseUrl = url;
        return this;
    }

    /** Makes the action a static select with this option chosen, as Slack sends a menu choice. */
    public BlockActionBuilder selectedOption(String optionValue) {
        this.selectedOption = optionValue;
        return this;
    }

    public BlockActionBuilder triggerId(String triggerId) {
        this.triggerId = triggerId;
        return this;
    }

    @Override
    protected String contentType() {
        return "application/x-www-form-urlencoded";
    }

    @Override
    protected String body() {
        return InteractionJson.formBody(payload());
    }

    private ObjectNode payload() {
        ObjectNode root = InteractionJson.envelope("block_actions", userId, userName, triggerId);
        root.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", false);
        root.putObject("channel").put("id", channelId).put("name", channelName);
        root.putObject("message").put("type", "message").put("ts", messageTs)
                .put("user", SlackDefaults.BOT_USER_ID).put("bot_id", SlackDefaults.BOT_ID).put("text", "");
        root.put("response_url", responseUrl);
        ObjectNode action = root.putArray("actions").addObject();
        action.put("action_id", actionId).put("block_id", blockId);
        action.set("text", InteractionJson.plainText("Button"));
        if (selectedOption == null) {
            action.put("value", value).put("type", "button");
        } else {
            action.put("type", "static_select").putObject("selected_option").put("value", selectedOption)
                    .set("text", InteractionJson.plainText(selectedOption));
        }
        action.put("action_ts", InteractionJson.slackTs(slack.nowEpochSeconds(), 1));
        return root;
    }
}
