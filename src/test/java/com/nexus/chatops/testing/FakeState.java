package com.nexus.chatops.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake workspace. Every method is synchronized on this object, and the dispatcher holds the same
 * lock while a method runs, so check-then-act sequences (name_taken, already_pinned) stay atomic.
 */
final class FakeState {

    private final Map<String, FakeUser> users = new LinkedHashMap<>();
    private final Map<String, List<String>> usergroups = new LinkedHashMap<>();
    private final Map<String, String> usergroupHandles = new LinkedHashMap<>();
    private final Map<String, FakeChannel> channels = new LinkedHashMap<>();
    private final Map<String, List<FakeMessage>> messages = new LinkedHashMap<>();
    private final Map<String, List<String>> pins = new LinkedHashMap<>();
    private final Map<String, List<FakeBookmark>> bookmarks = new LinkedHashMap<>();
    private final Map<String, FakeView> views = new LinkedHashMap<>();
    private final Map<String, FakeFile> files = new LinkedHashMap<>();
    private final List<FakeEphemeral> ephemerals = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong(0x1000);
    private long lastTsMicros;

    FakeState() {
        users.put(SlackDefaults.BOT_USER_ID, new FakeUser(SlackDefaults.BOT_USER_ID, SlackDefaults.BOT_NAME,
                "Nexus", null, true));
        addUser(FakeUser.human(SlackDefaults.USER_ID, SlackDefaults.USER_NAME, SlackDefaults.USER_EMAIL));
        putChannel(new FakeChannel(SlackDefaults.CHANNEL_ID, SlackDefaults.CHANNEL_NAME, false, false, "",
                List.of(SlackDefaults.BOT_USER_ID, SlackDefaults.USER_ID), SlackDefaults.USER_ID, nowSeconds()));
    }

    static long nowSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    String nextId(String prefix) {
        return prefix + String.format("%08X", ids.incrementAndGet());
    }

    /** Slack message timestamps: unique and increasing, so ordering by ts is ordering by time. */
    synchronized String nextTs() {
        lastTsMicros = Math.max(lastTsMicros + 1, System.currentTimeMillis() * 1000);
        return String.format("%d.%06d", lastTsMicros / 1_000_000, lastTsMicros % 1_000_000);
    }

    synchronized void addUser(FakeUser user) {
        users.put(user.id(), user);
    }

    synchronized Optional<FakeUser> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    synchronized Optional<FakeUser> userByEmail(String email) {
        return users.values().stream().filter(u -> email.equalsIgnoreCase(u.email())).findFirst();
    }

    synchronized void addUsergroup(String id, String handle, List<String> members) {
        usergroups.put(id, List.copyOf(members));
        usergroupHandles.put(id, handle);
    }

    synchronized Optional<List<String>> usergroupMembers(String id) {
        return Optional.ofNullable(usergroups.get(id));
    }

    synchronized void putChannel(FakeChannel channel) {
        channels.put(channel.id(), channel);
    }

    synchronized Optional<FakeChannel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    synchronized Optional<FakeChannel> channelByName(String name) {
        return channels.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    synchronized List<FakeChannel> channels() {
        return List.copyOf(channels.values());
    }

    synchronized FakeChannel requireChannel(String id) {
        if (id == null) {
            throw new SlackError("channel_not_found");
        }
        return channel(id).orElseThrow(() -> new SlackError("channel_not_found"));
    }

    /** Accepts what chat.postMessage accepts: an id, {@code #name}, or a user id (opens a DM). */
    synchronized FakeChannel resolveChannel(String ref) {
        if (ref == null) {
            throw new SlackError("channel_not_found");
        }
        if (ref.startsWith("U") && users.containsKey(ref)) {
            String dmId = "D" + ref.substring(1);
            return channel(dmId).orElseGet(() -> {
                FakeChannel dm = new FakeChannel(dmId, ref, true, false, "",
                        List.of(SlackDefaults.BOT_USER_ID, ref), SlackDefaults.BOT_USER_ID, nowSeconds());
                putChannel(dm);
                return dm;
            });
        }
        String name = ref.startsWith("#") ? ref.substring(1) : ref;
        return channel(ref).or(() -> channelByName(name)).orElseThrow(() -> new SlackError("channel_not_found"));
    }

    synchronized void addMessage(FakeMessage message) {
        messages.computeIfAbsent(message.channel(), k -> new ArrayList<>()).add(message);
    }

    synchronized List<FakeMessage> messages(String channelId) {
        return List.copyOf(messages.getOrDefault(channelId, List.of()));
    }

    synchronized Optional<FakeMessage> message(String channelId, String ts) {
        return messages.getOrDefault(channelId, List.of()).stream().filter(m -> m.ts().equals(ts)).findFirst();
    }

    synchronized void replaceMessage(FakeMessage updated) {
        List<FakeMessage> list = messages.get(updated.channel());
        list.replaceAll(m -> m.ts().equals(updated.ts()) ? updated : m);
    }

    synchronized List<String> pins(String channelId) {
        return List.copyOf(pins.getOrDefault(channelId, List.of()));
    }

    synchronized void pin(String channelId, String ts) {
        pins.computeIfAbsent(channelId, k -> new ArrayList<>()).add(ts);
    }

    synchronized List<FakeBookmark> bookmarks(String channelId) {
        return List.copyOf(bookmarks.getOrDefault(channelId, List.of()));
    }

    synchronized void addBookmark(FakeBookmark bookmark) {
        bookmarks.computeIfAbsent(bookmark.channelId(), k -> new ArrayList<>()).add(bookmark);
    }

    synchronized void putView(FakeView view) {
        views.put(view.id(), view);
    }

    synchronized Optional<FakeView> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    synchronized Optional<FakeView> viewByExternalId(String externalId) {
        return views.values().stream().filter(v -> externalId.equals(v.externalId())).findFirst();
    }

    synchronized List<FakeView> views() {
        return List.copyOf(views.values());
    }

    synchronized void putFile(FakeFile file) {
        files.put(file.id(), file);
    }

    synchronized Optional<FakeFile> file(String id) {
        return Optional.ofNullable(files.get(id));
    }

    synchronized List<FakeFile> files() {
        return List.copyOf(files.values());
    }

    synchronized void addEphemeral(FakeEphemeral ephemeral) {
        ephemerals.add(ephemeral);
    }

    synchronized List<FakeEphemeral> ephemerals() {
        return List.copyOf(ephemerals);
    }
}
