package com.nexus.chatops.testing;

/** A channel bookmark (the links bar under the channel name). */
public record FakeBookmark(String id, String channelId, String title, String type, String link, String emoji,
                           long created) {
}
