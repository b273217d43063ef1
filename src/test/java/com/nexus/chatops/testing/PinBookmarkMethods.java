package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/** pins.add / pins.list and bookmarks.add / bookmarks.list. */
final class PinBookmarkMethods {

    private final FakeState state;

    PinBookmarkMethods(FakeState state) {
        this.state = state;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("pins.add", this::pin);
        methods.put("pins.list", this::listPins);
        methods.put("bookmarks.add", this::addBookmark);
        methods.put("bookmarks.list", this::listBookmarks);
    }

    private ObjectNode pin(Params p) {
        FakeChannel channel = ChatMethods.writableChannel(state.requireChannel(p.get("channel")));
        String ts = p.required("timestamp", "no_item_specified");
        state.message(channel.id(), ts).orElseThrow(() -> new SlackError("message_not_found"));
        if (state.pins(channel.id()).contains(ts)) {
            throw new SlackError("already_pinned");
        }
        state.pin(channel.id(), ts);
        return Json.object();
    }

    private ObjectNode listPins(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel"));
        ObjectNode out = Json.object();
        ArrayNode items = out.putArray("items");
        for (String ts : state.pins(channel.id())) {
            state.message(channel.id(), ts).ifPresent(m -> {
                ObjectNode item = items.addObject().put("type", "message").put("channel", channel.id())
                        .put("created", FakeState.nowSeconds()).put("created_by", SlackDefaults.BOT_USER_ID);
                item.set("message", SlackShapes.message(m, state));
            });
        }
        return out;
    }

    private ObjectNode addBookmark(Params p) {
        FakeChannel channel = ChatMethods.writableChannel(state.requireChannel(p.get("channel_id")));
        String title = p.required("title");
        String type = p.required("type");
        if (!"link".equals(type)) {
            throw new SlackError("invalid_bookmark_type");
        }
        String link = p.required("link", "invalid_link");
        FakeBookmark bookmark = new FakeBookmark(state.nextId("Bk"), channel.id(), title, type, link,
                p.get("emoji"), FakeState.nowSeconds());
        state.addBookmark(bookmark);
        ObjectNode out = Json.object();
        out.set("bookmark", SlackShapes.bookmark(bookmark));
        return out;
    }

    private ObjectNode listBookmarks(Params p) {
        FakeChannel channel = state.requireChannel(p.get("channel_id"));
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("bookmarks");
        state.bookmarks(channel.id()).forEach(b -> list.add(SlackShapes.bookmark(b)));
        return out;
    }
}
