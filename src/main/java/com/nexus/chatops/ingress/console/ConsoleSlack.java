package com.nexus.chatops.ingress.console;

import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.model.view.View;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console's stand-in for Slack: what nexus would post to a channel is printed, prefixed with the channel,
 * and channels it creates exist for the session, so incident flows can be tried locally.
 */
public final class ConsoleSlack implements SlackGateway {
    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();
    private final Map<String, String> channelsByName = new ConcurrentHashMap<>();
    private final Map<String, String> namesById = new ConcurrentHashMap<>();

    public ConsoleSlack(PrintStream out) {
        this.out = out;
    }

    private synchronized void print(String channel, String prefix, Reply reply) {
        out.println("[" + label(channel) + "]" + prefix + " " + PlainText.render(reply).replace("\n", "\n    "));
        out.flush();
    }

    private String label(String channel) {
        return namesById.getOrDefault(channel, channel);
    }

    private String nextTs() {
        return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", ids.incrementAndGet());
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletableFuture<String> post(String channel, Reply reply) {
        print(channel, "", reply);
        return done(nextTs());
    }

    @Override
    public CompletableFuture<String> postInThread(String channel, String threadTs, Reply reply) {
        print(channel, " (thread)", reply);
        return done(nextTs());
    }

    @Override
    public CompletableFuture<Void> update(String channel, String ts, Reply reply) {
        print(channel, " (updated)", reply);
        return done(null);
    }

    @Override
    public CompletableFuture<Void> postEphemeral(String channel, String user, Reply reply) {
        print(channel, " (only you)", reply);
        return done(null);
    }

    @Override
    public synchronized CompletableFuture<CreatedChannel> createChannel(String name) {
        if (channelsByName.containsKey(name)) {
            return done(new CreatedChannel.NameTaken(name));
        }
        String id = "CCONSOLE" + ids.incrementAndGet();
        channelsByName.put(name, id);
        namesById.put(id, "#" + name);
        out.println("[#" + name + "] channel created");
        return done(new CreatedChannel.Created(id, name));
    }

    @Override
    public CompletableFuture<Optional<String>> findChannel(String name) {
        return done(Optional.ofNullable(channelsByName.get(name)));
    }

    @Override
    public CompletableFuture<Void> invite(String channel, Collection<String> users) {
        return done(null);
    }

    @Override
    public CompletableFuture<Void> setTopic(String channel, String topic) {
        out.println("[" + label(channel) + "] topic: " + topic);
        return done(null);
    }

    @Override
    public CompletableFuture<Void> pin(String channel, String ts) {
        return done(null);
    }

    @Override
    public CompletableFuture<Void> bookmark(String channel, String title, String url) {
        return done(null);
    }

    @Override
    public CompletableFuture<Void> archive(String channel) {
        out.println("[" + label(channel) + "] archived");
        return done(null);
    }

    @Override
    public CompletableFuture<String> permalink(String channel, String ts) {
        return done(label(channel));
    }

    @Override
    public CompletableFuture<Optional<String>> userEmail(String userId) {
        return done(Optional.empty());
    }

    @Override
    public CompletableFuture<Optional<String>> userIdByEmail(String email) {
        return done(Optional.empty());
    }

    @Override
    public CompletableFuture<List<String>> usergroupMembers(String usergroupId) {
        return done(List.of());
    }

    @Override
    public CompletableFuture<Void> openView(String triggerId, View view) {
        out.println("(the console has no forms: give the arguments on the command line)");
        return done(null);
    }

    @Override
    public CompletableFuture<Void> publishHome(String userId, View view) {
        return done(null);
    }

    @Override
    public CompletableFuture<Void> uploadText(String channel, String threadTs, String filename, String title,
                                              String content) {
        out.println("[" + label(channel) + "] " + title + " (" + filename + ")\n" + content);
        return done(null);
    }
}
