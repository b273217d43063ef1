package com.nexus.chatops.guard;

/** A button press on a confirmation: the pending id the button carried, who pressed it, and where. */
public record Click(String pendingId, String userId, String channelId, String channelName) {}
