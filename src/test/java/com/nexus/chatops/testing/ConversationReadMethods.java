package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** conversations.info / members / history / replies / list. Private channels need membership, as in Slack. */
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
        methods.put("conversations.list", this::list);
    }

    /** Channels the bot can see, in pages of {@code limit}; the cursor is the offset of the next page. */
    private ObjectNode list(Params p) {
        String types = p.get("types") == null ? "public_channel" : p.get("types");
        boolean excludeArchived = p.flag("exclude_archived");
        List<FakeChannel> visible = state.channels().stream()
                .filter(c -> !c.isIm())
                .filter(c -> c.isPrivate() ? types.contains("private_channel") && c.hasMember(SlackDefaults.BOT_USER_ID)
                        : types.contains("public_channel"))
                .filter(c -> !(excludeArchived && c.archived()))
                .sorted(Comparator.comparing(FakeChannel::id))
                .toList();
        int from = p.get("cursor") == null || p.get("cursor").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
        int limit = p.intOr("limit", 100);
        ObjectNode out = Json.object();
        ArrayNode channels = out.putArray("channels");
        visible.stream().skip(from).limit(limit).forEach(c -> channels.add(SlackShapes.channel(c)));
        out.putObject("response_metadata").put("next_cursor",
                from + limit < visible.size() ? Integer.toString(from + limit) : "");
        return out;
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
