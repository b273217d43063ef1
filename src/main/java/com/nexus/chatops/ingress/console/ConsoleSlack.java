package com.nexus.chatops.ingress.console;

import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.model.view.View;
import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's stand-in for Slack: what nexus would post to a channel is printed, prefixed with the channel,
 * and channels it creates exist for the session, so incident flows can be tried locally. A channel's id is made
 * from its name ({@code #incident-20261201-002} is {@code CCONSOLE_INCIDENT-20261201-002}): the store hands out
 * each name once, so ids never repeat across console runs sharing one database, and a mention of a channel made
 * by an earlier run still prints as its name.
 */
public final class ConsoleSlack implements SlackGateway {
    private static final String ID_PREFIX = "CCONSOLE_";
    private static final Pattern MENTIONED_ID = Pattern.compile("#" + ID_PREFIX + "([A-Z0-9_-]+)");
    private final PrintStream out;
    private final AtomicLong ids = new AtomicLong();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    /** What each message printed last, by its ts: an update prints only the lines that changed. */
    private final Map<String, String> printed = new ConcurrentHashMap<>();

    public ConsoleSlack(PrintStream out) {
        this.out = out;
    }

    private synchronized void print(String channel, String prefix, Reply reply) {
        print(channel, prefix, names(PlainText.render(reply)));
    }

    private synchronized void print(String channel, String prefix, String text) {
        out.println("[" + label(channel) + "]" + prefix + " " + text.replace("\n", "\n    "));
        out.flush();
    }

    /** A message updated in place (the incident card): only its lines that changed, since the rest is above. */
    private synchronized void printChanges(String channel, String ts, Reply reply) {
        String now = names(PlainText.render(reply));
        String before = printed.put(ts, now);
        if (before == null) {
            print(channel, " (updated)", now);
            return;
        }
        Set<String> seen = Set.copyOf(before.lines().toList());
        List<String> changed = now.lines().filter(l -> !seen.contains(l)).toList();
        if (!changed.isEmpty()) {
            print(channel, " (updated)", String.join("\n", changed));
        }
    }

    /** "#incident-20261201-002" for a channel the console made, the id itself for any other. */
    static String label(String channel) {
        return channel != null && channel.startsWith(ID_PREFIX)
                ? "#" + channel.substring(ID_PREFIX.length()).toLowerCase(Locale.ROOT) : channel;
    }

    static String idOf(String name) {
        return ID_PREFIX + name.toUpperCase(Locale.ROOT);
    }

    /** Channel mentions printed as Slack would show them: by name. */
    private static String names(String text) {
        return MENTIONED_ID.matcher(text).replaceAll(m -> Matcher.quoteReplacement(label(ID_PREFIX + m.group(1))));
    }

    private String nextTs() {
        return (System.currentTimeMillis() / 1000) + "." + String.format("%06d", ids.incrementAndGet());
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    @Override
    public CompletableFuture<String> post(String channel, Reply reply) {
        String ts = nextTs();
        String text = names(PlainText.render(reply));
        printed.put(ts, text);
        print(channel, "", text);
        return done(ts);
    }

    @Override
    public CompletableFuture<String> postInThread(String channel, String threadTs, Reply reply) {
        print(channel, " (thread)", reply);
        return done(nextTs());
    }

    @Override
    public CompletableFuture<Void> update(String channel, String ts, Reply reply) {
        printChanges(channel, ts, reply);
        return done(null);
    }

    @Override
    public CompletableFuture<Void> postEphemeral(String channel, String user, Reply reply) {
        print(channel, " (only you)", reply);
        return done(null);
    }

    @Override
    public synchronized CompletableFuture<CreatedChannel> createChannel(String name) {
        if (!created.add(name)) {
            return done(new CreatedChannel.NameTaken(name));
        }
        String id = idOf(name);
        out.println("[#" + name + "] channel created");
        return done(new CreatedChannel.Created(id, name));
    }

    @Override
    public CompletableFuture<Optional<String>> findChannel(String name) {
        return done(created.contains(name) ? Optional.of(idOf(name)) : Optional.empty());
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
