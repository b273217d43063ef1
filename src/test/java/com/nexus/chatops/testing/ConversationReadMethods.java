package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** conversations.info / members / history / replies. Private channels need membership, as in Slack. */
final class ConversationReadMethods {

    private final FakeState state;

    ConversationReadMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("conversations.info", p -> ConversationMethods.withChannel(visible(p)));
        methods.put("conversations.members", this::members);
        methods.put("conversations.history", this::history);
        methods.put("conversations.replies", this::replies);
    }

    private FakeChannel visible(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        if (channel.isPrivate() && !channel.hasMember(SlackDefaults.BOT_USER_ID)) {
            throw new SlackError("channel_not_found");
        }
        return channel;
    }

    private ObjectNode members(Params p) {
        FakeChannel channel = visible(p);
        ObjectNode out = Json.object();
        ArrayNode members = out.putArray("members");
        channel.members().forEach(members::add);
        out.putObject("response_metadata").put("next_cursor", "");
        return out;
    }

    private ObjectNode history(Params p) {
        FakeChannel channel = visible(p);
        if (!channel.hasMember(SlackDefaults.BOT_USER_ID)) {
            throw new SlackError("not_in_channel");
        }
        List<FakeMessage> topLevel = state.messages(channel.id()).stream()
                .filter(FakeMessage::isTopLevel)
                .sorted(Comparator.comparing(FakeMessage::ts).reversed())
                .toList();
        return page(topLevel, p.intOr("limit", 100));
    }

    private ObjectNode replies(Params p) {
        FakeChannel channel = visible(p);
        String ts = p.required("ts", "thread_not_found");
        FakeMessage parent = state.message(channel.id(), ts).orElseThrow(() -> new SlackError("thread_not_found"));
        List<FakeMessage> thread = state.messages(channel.id()).stream()
                .filter(m -> m.ts().equals(parent.ts()) || ts.equals(m.threadTs()))
                .sorted(Comparator.comparing(FakeMessage::ts))
                .toList();
        return page(thread, p.intOr("limit", 1000));
    }

    private ObjectNode page(List<FakeMessage> all, int limit) {
        ObjectNode out = Json.object();
        ArrayNode messages = out.putArray("messages");
        all.stream().limit(limit).forEach(m -> messages.add(SlackShapes.message(m, state)));
        out.put("has_more", all.size() > limit);
        out.putObject("response_metadata").put("next_cursor", "");
        return out;
    }
}
