package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** conversations.create / invite / setTopic / archive / join: the calls that change a channel. */
final class ConversationMethods {

    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_-]+");
    static final int MAX_NAME = 80;
    static final int MAX_TOPIC = 250;

    private final FakeState state;

    ConversationMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("conversations.create", this::create);
        methods.put("conversations.invite", this::invite);
        methods.put("conversations.setTopic", this::setTopic);
        methods.put("conversations.archive", this::archive);
        methods.put("conversations.join", this::join);
    }

    private ObjectNode create(Params p) {
        String name = p.required("name", "invalid_name_required");
        if (name.length() > MAX_NAME) {
            throw new SlackError("invalid_name_maxlength");
        }
        if (!VALID_NAME.matcher(name).matches()) {
            throw new SlackError("invalid_name_specials");
        }
        if (state.channelByName(name).isPresent()) {
            throw new SlackError("name_taken");
        }
        boolean isPrivate = p.flag("is_private");
        FakeChannel channel = new FakeChannel(state.nextId(isPrivate ? "G" : "C"), name, isPrivate, false, "",
                List.of(SlackDefaults.BOT_USER_ID), SlackDefaults.BOT_USER_ID, FakeState.nowSeconds());
        state.putChannel(channel);
        return withChannel(channel);
    }

    private ObjectNode invite(Params p) {
        FakeChannel channel = ChatMethods.writableChannel(state.requireChannel(p.get("channel")));
        List<String> users = p.list("users");
        if (users.isEmpty()) {
            throw new SlackError("no_user");
        }
        if (users.contains(SlackDefaults.BOT_USER_ID)) {
            throw new SlackError("cant_invite_self");
        }
        if (users.stream().anyMatch(u -> state.user(u).isEmpty())) {
            throw new SlackError("user_not_found");
        }
        if (users.stream().allMatch(channel::hasMember)) {
            throw new SlackError("already_in_channel");
        }
        FakeChannel updated = channel.withMembersAdded(users);
        state.putChannel(updated);
        return withChannel(updated);
    }

    private ObjectNode setTopic(Params p) {
        FakeChannel channel = ChatMethods.writableChannel(state.requireChannel(p.get("channel")));
        String topic = p.get("topic") == null ? "" : p.get("topic");
        if (topic.length() > MAX_TOPIC) {
            throw new SlackError("too_long");
        }
        FakeChannel updated = channel.withTopic(topic);
        state.putChannel(updated);
        return withChannel(updated);
    }

    private ObjectNode archive(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        if (channel.archived()) {
            throw new SlackError("already_archived");
        }
        if (!channel.hasMember(SlackDefaults.BOT_USER_ID)) {
            throw new SlackError("not_in_channel");
        }
        state.putChannel(channel.archive());
        return Json.object();
    }

    private ObjectNode join(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        if (channel.archived()) {
            throw new SlackError("is_archived");
        }
        if (channel.isPrivate()) {
            throw new SlackError("method_not_supported_for_channel_type");
        }
        FakeChannel updated = channel.withMembersAdded(List.of(SlackDefaults.BOT_USER_ID));
        state.putChannel(updated);
        return withChannel(updated);
    }

    static ObjectNode withChannel(FakeChannel channel) {
        ObjectNode out = Json.object();
        out.set("channel", SlackShapes.channel(channel));
        return out;
    }
}
