package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files upload v2 flow: files.getUploadURLExternal hands out a URL on this server, the client POSTs
 * the bytes there, and files.completeUploadExternal shares the file into a channel as a message.
 */
final class FileMethods {

    private final FakeState state;
    private final Function<String, String> uploadUrl;

    FileMethods(FakeState state, Function<String, String> uploadUrl) {
        this.state = state;
        this.uploadUrl = uploadUrl;
    }

    void register(Map<String, SlackMethod> methods) {
        methods.put("files.getUploadURLExternal", this::uploadUrl);
        methods.put("files.completeUploadExternal", this::complete);
    }

    private ObjectNode uploadUrl(Params p) {
        String filename = p.required("filename");
        if (p.intOr("length", 0) <= 0) {
            throw new SlackError("invalid_arguments");
        }
        FakeFile file = new FakeFile(state.nextId("F"), filename, filename, null, null, null, null);
        state.putFile(file);
        return Json.object().put("upload_url", uploadUrl.apply(file.id())).put("file_id", file.id());
    }

    private ObjectNode complete(Params p) {
        JsonNode requested = Json.parseOrNull(p.required("files"));
        if (requested == null || !requested.isArray() || requested.isEmpty()) {
            throw new SlackError("invalid_arguments");
        }
        String channelId = p.get("channel_id");
        FakeChannel channel = channelId == null ? null : ChatMethods.writableChannel(state.requireChannel(channelId));
        String threadTs = p.get("thread_ts");
        String comment = p.get("initial_comment");
        List<String> ids = new ArrayList<>();
        ObjectNode out = Json.object();
        ArrayNode files = out.putArray("files");
        for (JsonNode entry : requested) {
            FakeFile pending = state.file(entry.path("id").asText(""))
                    .filter(FakeFile::uploaded)
                    .orElseThrow(() -> new SlackError("file_not_found"));
            FakeFile shared = pending.shared(entry.path("title").asText(null),
                    channel == null ? null : channel.id(), threadTs, comment);
            state.putFile(shared);
            ids.add(shared.id());
            files.add(SlackShapes.file(shared));
        }
        if (channel != null) {
            state.addMessage(new FakeMessage(channel.id(), state.nextTs(), SlackDefaults.BOT_USER_ID,
                    comment == null ? "" : comment, null, null, threadTs, ids, null));
        }
        return out;
    }
}
