package com.nexus.chatops.guard;

import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.model.view.View;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A SlackGateway that remembers what nexus said where, as plain text; user groups come from a map. */
final class RecordingSlack implements SlackGateway {
    record Said(String kind, String channel, String ts, String text) {}

    final List<Said> said = new CopyOnWriteArrayList<>();
    final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    final AtomicInteger groupLookups = new AtomicInteger();
    private final AtomicLong ts = new AtomicLong(1000);

    List<Said> of(String kind) {
        return said.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    private CompletableFuture<String> record(String kind, String channel, Reply reply) {
        String at = "1700000000." + ts.incrementAndGet();
        said.add(new Said(kind, channel, at, PlainText.render(reply)));
        return CompletableFuture.completedFuture(at);
    }

    @Override
    public CompletableFuture<String> post(String channel, Reply reply) {
        return record("post", channel, reply);
    }

    @Override
    public CompletableFuture<String> postInThread(String channel, String threadTs, Reply reply) {
        return record("thread", channel, reply);
    }

    @Override
    public CompletableFuture<Void> update(String channel, String ts, Reply reply) {
        return record("update", channel, reply).thenApply(x -> null);
    }

    @Override
    public CompletableFuture<Void> postEphemeral(String channel, String user, Reply reply) {
        return record("ephemeral", channel, reply).thenApply(x -> null);
    }

    @Override
    public CompletableFuture<CreatedChannel> createChannel(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<Optional<String>> findChannel(String name) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletableFuture<Void> invite(String channel, Collection<String> users) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> setTopic(String channel, String topic) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> pin(String channel, String ts) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> bookmark(String channel, String title, String url) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> archive(String channel) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<String> permalink(String channel, String ts) {
        return CompletableFuture.completedFuture("https://slack.example/" + channel + "/" + ts);
    }

    @Override
    public CompletableFuture<Optional<String>> userEmail(String userId) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletableFuture<Optional<String>> userIdByEmail(String email) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override
    public CompletableFuture<List<String>> usergroupMembers(String usergroupId) {
        groupLookups.incrementAndGet();
        return CompletableFuture.completedFuture(groups.getOrDefault(usergroupId, List.of()));
    }

    @Override
    public CompletableFuture<Void> openView(String triggerId, View view) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> publishHome(String userId, View view) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> uploadText(String channel, String threadTs, String filename, String title,
                                              String content) {
        said.add(new Said("upload", channel, threadTs, content));
        return CompletableFuture.completedFuture(null);
    }
}
