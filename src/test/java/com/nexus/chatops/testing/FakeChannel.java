package com.nexus.chatops.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Snapshot of a channel; the fake replaces it with a changed copy on every update. */
public record FakeChannel(String id, String name, boolean isPrivate, boolean archived, String topic,
                          List<String> members, String creator, long created) {

    public FakeChannel {
        members = List.copyOf(members);
    }

    public boolean hasMember(String userId) {
        return members.contains(userId);
    }

    public boolean isIm() {
        return id.startsWith("D");
    }

    FakeChannel withTopic(String newTopic) {
        return new FakeChannel(id, name, isPrivate, archived, newTopic, members, creator, created);
    }

    FakeChannel archive() {
        return new FakeChannel(id, name, isPrivate, true, topic, members, creator, created);
    }

    FakeChannel withMembersAdded(Collection<String> userIds) {
        List<String> all = new ArrayList<>(members);
        userIds.stream().filter(u -> !all.contains(u)).forEach(all::add);
        return new FakeChannel(id, name, isPrivate, archived, topic, all, creator, created);
    }
}
