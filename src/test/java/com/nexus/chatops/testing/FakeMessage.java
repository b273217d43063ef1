package com.nexus.chatops.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A channel message; {@code blocksJson}/{@code attachmentsJson} hold the JSON arrays as sent, or null. */
public record FakeMessage(String channel, String ts, String user, String text, String blocksJson,
                          String attachmentsJson, String threadTs, List<String> fileIds, String editedTs) {

    public FakeMessage {
        fileIds = List.copyOf(fileIds);
    }

    /** Top-level messages and thread parents; replies only show up in conversations.replies. */
    public boolean isTopLevel() {
        return threadTs == null || threadTs.equals(ts);
    }

    public boolean isEdited() {
        return editedTs != null;
    }

    /** True when the text or any block text contains {@code fragment}; handy for assertions. */
    public boolean mentions(String fragment) {
        return (text != null && text.contains(fragment)) || (blocksJson != null && blocksJson.contains(fragment));
    }

    /** Every text of the blocks, unescaped, one per line: what a reader sees as mrkdwn. */
    public String blocksText() {
        try {
            StringBuilder out = new StringBuilder();
            Json.texts(Json.MAPPER.readTree(blocksJson == null ? "[]" : blocksJson))
                    .forEach(t -> out.append(t).append('\n'));
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeMessage updated(String newText, String newBlocks, String newAttachments, String at) {
        return new FakeMessage(channel, ts, user, newText, newBlocks, newAttachments, threadTs, fileIds, at);
    }
}
