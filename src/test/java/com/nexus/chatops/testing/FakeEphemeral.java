package com.nexus.chatops.testing;

/** A chat.postEphemeral message: visible only to {@code user}, so it never appears in history. */
public record FakeEphemeral(String channel, String user, String text, String blocksJson, String messageTs) {
}
