package com.nexus.chatops.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's per-method tiers (calls per minute) over a sliding window, plus chat.postMessage's
 * one-per-second-per-channel pace with a short burst. A time scale shrinks the clock: at 0.01 a
 * "minute" lasts 600 ms, yet Retry-After stays a whole number of seconds (at least 1), as Slack sends it.
 */
final class RateLimiter {

    static final int TIER_1 = 1;
    static final int TIER_2 = 20;
    static final int TIER_3 = 50;
    static final int TIER_4 = 100;
    private static final int VERY_HIGH = 1000;

    private static final Map<String, Integer> TIERS = Map.ofEntries(
            Map.entry("auth.test", VERY_HIGH),
            Map.entry("conversations.create", TIER_2), Map.entry("conversations.archive", TIER_2),
            Map.entry("conversations.setTopic", TIER_2), Map.entry("conversations.invite", TIER_3),
            Map.entry("conversations.info", TIER_3), Map.entry("conversations.history", TIER_3),
            Map.entry("conversations.replies", TIER_3), Map.entry("conversations.join", TIER_3),
            Map.entry("conversations.members", TIER_4),
            Map.entry("chat.update", TIER_3), Map.entry("chat.postEphemeral", TIER_4),
            Map.entry("chat.getPermalink", TIER_4),
            Map.entry("pins.add", TIER_2), Map.entry("pins.list", TIER_2),
            Map.entry("bookmarks.add", TIER_2), Map.entry("bookmarks.list", TIER_3),
            Map.entry("users.info", TIER_4), Map.entry("users.lookupByEmail", TIER_3),
            Map.entry("usergroups.users.list", TIER_2),
            Map.entry("views.open", TIER_4), Map.entry("views.push", TIER_4),
            Map.entry("views.update", TIER_4), Map.entry("views.publish", TIER_4),
            Map.entry("files.getUploadURLExternal", TIER_4), Map.entry("files.completeUploadExternal", TIER_4));

    private volatile boolean enabled = true;
    private volatile double timeScale = 1.0;
    private volatile int postMessageBurst = 5;
    private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
    private final Map<String, Deque<Long>> windows = new HashMap<>();
    private final Map<String, double[]> buckets = new HashMap<>();

    void enabled(boolean on) {
        this.enabled = on;
    }

    void timeScale(double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("time scale must be positive, was " + scale);
        }
        this.timeScale = scale;
    }

    void postMessageBurst(int burst) {
        this.postMessageBurst = Math.max(1, burst);
    }

    void override(String method, int perMinute) {
        overrides.put(method, perMinute);
    }

    static int tier(String method) {
        return TIERS.getOrDefault(method, TIER_3);
    }

    /** Counts the call and returns 0, or returns the whole seconds to wait without counting it. */
    synchronized int acquire(String method, String channel) {
        if (!enabled) {
            return 0;
        }
        long now = System.nanoTime();
        if (method.equals("chat.postMessage") && !overrides.containsKey(method)) {
            return takeFromBucket("chat.postMessage:" + channel, now);
        }
        int limit = overrides.getOrDefault(method, tier(method));
        long window = (long) (60_000_000_000L * timeScale);
        Deque<Long> calls = windows.computeIfAbsent(method, k -> new ArrayDeque<>());
        while (!calls.isEmpty() && now - calls.peekFirst() >= window) {
            calls.pollFirst();
        }
        if (calls.size() >= limit) {
            return wholeSeconds(calls.peekFirst() + window - now);
        }
        calls.addLast(now);
        return 0;
    }

    private int takeFromBucket(String key, long now) {
        double interval = 1_000_000_000d * timeScale;
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {postMessageBurst, now});
        bucket[0] = Math.min(postMessageBurst, bucket[0] + (now - bucket[1]) / interval);
        bucket[1] = now;
        if (bucket[0] < 1) {
            return wholeSeconds((long) ((1 - bucket[0]) * interval));
        }
        bucket[0] -= 1;
        return 0;
    }

    private static int wholeSeconds(long nanos) {
        return (int) Math.max(1, Math.ceil(nanos / 1_000_000_000d));
    }
}
