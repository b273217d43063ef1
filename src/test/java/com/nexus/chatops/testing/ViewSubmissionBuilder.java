package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A {@code view_submission} payload: a modal's callback id, private metadata and state values. */
public final class ViewSubmissionBuilder extends SlackRequestBuilder<ViewSubmissionBuilder> {

    private final String callbackId;
    private final ObjectNode values = Json.object();
    private String viewId;
    private String externalId;
    private String privateMetadata = "";
    private String userId = SlackDefaults.USER_ID;
    private String userName = SlackDefaults.USER_NAME;
    private String triggerId;

    ViewSubmissionBuilder(SlackRequests slack, String callbackId) {
        super(slack);
        this.callbackId = callbackId;
        String id = slack.nextId("");
        this.viewId = "V0" + id;
        this.triggerId = id + ".trigger";
    }

    public ViewSubmissionBuilder viewId(String viewId) {
        this.viewId = viewId;
        return this;
    }

    /** The external_id the app opened the view with (Slack sends it back with the submission). */
    public ViewSubmissionBuilder externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    public ViewSubmissionBuilder privateMetadata(String metadata) {
        this.privateMetadata = metadata;
        return this;
    }

    public ViewSubmissionBuilder user(String id, String name) {
        this.userId = id;
        this.userName = name;
        return this;
    }

    public ViewSubmissionBuilder triggerId(String triggerId) {
        this.triggerId = triggerId;
        return this;
    }

    /** A plain-text input's value. */
    public ViewSubmissionBuilder input(String blockId, String actionId, String value) {
        return stateValue(blockId, actionId, Json.object().put("type", "plain_text_input").put("value", value));
    }

    /** A static select's chosen option (label shown to the user, value sent to the app). */
    public ViewSubmissionBuilder selectedOption(String blockId, String actionId, String label, String value) {
        ObjectNode state = Json.object().put("type", "static_select");
        state.putObject("selected_option").put("value", value).set("text", InteractionJson.plainText(label));
        return stateValue(blockId, actionId, state);
    }

    public ViewSubmissionBuilder selectedUser(String blockId, String actionId, String userId) {
        return stateValue(blockId, actionId, Json.object().put("type", "users_select").put("selected_user", userId));
    }

    /** Any state entry, exactly as given. */
    public ViewSubmissionBuilder stateValue(String blockId, String actionId, ObjectNode state) {
        ObjectNode block = values.has(blockId) ? (ObjectNode) values.get(blockId) : values.putObject(blockId);
        block.set(actionId, state);
        return this;
    }

    @Override
    protected String contentType() {
        return "application/x-www-form-urlencoded";
    }

    @Override
    protected String body() {
        ObjectNode root = InteractionJson.envelope("view_submission", userId, userName, triggerId);
        ObjectNode view = root.putObject("view");
        view.put("id", viewId).put("team_id", SlackDefaults.TEAM_ID).put("type", "modal")
                .put("callback_id", callbackId).put("private_metadata", privateMetadata)
                .put("hash", viewId + ".hash").put("app_id", SlackDefaults.APP_ID)
                .put("bot_id", SlackDefaults.BOT_ID).put("root_view_id", viewId).putNull("previous_view_id");
        if (externalId != null) {
            view.put("external_id", externalId);
        }
        view.set("title", InteractionJson.plainText("nexus"));
        view.putArray("blocks");
        view.putObject("state").set("values", values.deepCopy());
        root.putArray("response_urls");
        return InteractionJson.formBody(root);
    }
}
