package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** chat.postMessage, chat.update, chat.postEphemeral, chat.getPermalink. */
final class ChatMethods {

    private final FakeState state;

    ChatMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("chat.postMessage", this::postMessage);
        methods.put("chat.update", this::update);
        methods.put("chat.postEphemeral", this::postEphemeral);
        methods.put("chat.getPermalink", this::permalink);
    }

    /** Posting needs the bot in the channel and the channel open, as with the chat:write scope alone. */
    static FakeChannel writableChannel(FakeChannel channel) {
        if (channel.archived()) {
            throw new SlackError("is_archived");
        }
        if (!channel.hasMember(SlackDefaults.BOT_USER_ID)) {
            throw new SlackError("not_in_channel");
        }
        return channel;
    }

    private ObjectNode postMessage(Params p) {
        FakeChannel channel = writableChannel(state.resolveChannel(p.get("channel")));
        String text = p.get("text");
        String blocks = p.get("blocks");
        String attachments = p.get("attachments");
        if (text == null && blocks == null && attachments == null) {
            throw new SlackError("no_text");
        }
        MessageLimits.check(text, blocks);
        FakeMessage message = new FakeMessage(channel.id(), state.nextTs(), SlackDefaults.BOT_USER_ID,
                text == null ? "" : text, blocks, attachments, p.get("thread_ts"), List.of(), null);
        state.addMessage(message);
        ObjectNode out = Json.object().put("channel", channel.id()).put("ts", message.ts());
        out.set("message", SlackShapes.message(message, state));
        return out;
    }

    private ObjectNode update(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        FakeMessage old = state.message(channel.id(), p.required("ts", "message_not_found"))
                .orElseThrow(() -> new SlackError("message_not_found"));
        if (!SlackDefaults.BOT_USER_ID.equals(old.user())) {
            throw new SlackError("cant_update_message");
        }
        if (channel.archived()) {
            throw new SlackError("is_archived");
        }
        String text = p.get("text");
        String blocks = p.get("blocks");
        MessageLimits.check(text, blocks);
        FakeMessage updated = old.updated(text == null ? old.text() : text, blocks == null ? old.blocksJson() : blocks,
                p.get("attachments") == null ? old.attachmentsJson() : p.get("attachments"), state.nextTs());
        state.replaceMessage(updated);
        ObjectNode out = Json.object().put("channel", channel.id()).put("ts", old.ts()).put("text", updated.text());
        out.set("message", SlackShapes.message(updated, state));
        return out;
    }

    private ObjectNode postEphemeral(Params p) {
        FakeChannel channel = writableChannel(state.resolveChannel(p.get("channel")));
        String user = p.required("user", "user_not_found");
        if (state.user(user).isEmpty()) {
            throw new SlackError("user_not_found");
        }
        if (!channel.hasMember(user)) {
            throw new SlackError("user_not_in_channel");
        }
        String text = p.get("text");
        MessageLimits.check(text, p.get("blocks"));
        String ts = state.nextTs();
        state.addEphemeral(new FakeEphemeral(channel.id(), user, text == null ? "" : text, p.get("blocks"), ts));
        return Json.object().put("message_ts", ts);
    }

    private ObjectNode permalink(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        String ts = p.required("message_ts", "message_not_found");
        state.message(channel.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
        return Json.object().put("channel", channel.id()).put("permalink", permalink(channel.id(), ts));
    }

    static String permalink(String channelId, String ts) {
        return "https://" + SlackDefaults.TEAM_DOMAIN + ".slack.com/archives/" + channelId + "/p" + ts.replace(".", "");
    }
}
