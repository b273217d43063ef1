package com.nexus.chatops.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** A slash command form post; defaults to {@code /nexus} typed by the default user in #general. */
public final class SlashCommandBuilder extends SlackRequestBuilder<SlashCommandBuilder> {

    private String command = SlackDefaults.COMMAND;
    private String text = "";
    private String userId = SlackDefaults.USER_ID;
    private String userName = SlackDefaults.USER_NAME;
    private String channelId = SlackDefaults.CHANNEL_ID;
    private String channelName = SlackDefaults.CHANNEL_NAME;
    private String teamId = SlackDefaults.TEAM_ID;
    private String responseUrl;
    private String triggerId;

    SlashCommandBuilder(SlackRequests slack) {
        super(slack);
        String id = slack.nextId("");
        this.responseUrl = "https://hooks.slack.com/commands/" + SlackDefaults.TEAM_ID + "/" + id + "/fake";
        this.triggerId = id + ".trigger";
    }

    public SlashCommandBuilder command(String command) {
        this.command = command;
        return this;
    }

    public SlashCommandBuilder text(String text) {
        this.text = text;
        return this;
    }

    public SlashCommandBuilder user(String id, String name) {
        this.userId = id;
        this.userName = name;
        return this;
    }

    public SlashCommandBuilder channel(String id, String name) {
        this.channelId = id;
        this.channelName = name;
        return this;
    }

    public SlashCommandBuilder team(String id) {
        this.teamId = id;
        return this;
    }

    public SlashCommandBuilder responseUrl(String url) {
        this.responseUrl = url;
        return this;
    }

    public SlashCommandBuilder triggerId(String triggerId) {
        this.triggerId = triggerId;
        return this;
    }

    @Override
    protected String contentType() {
        return "application/x-www-form-urlencoded";
    }

    @Override
    protected String body() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", SlackDefaults.VERIFICATION_TOKEN);
        form.put("team_id", teamId);
        form.put("team_domain", SlackDefaults.TEAM_DOMAIN);
        form.put("channel_id", channelId);
        form.put("channel_name", channelName);
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", SlackDefaults.APP_ID);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", triggerId);
        return FormEncoding.encode(form);
    }
}
