package com.nexus.chatops.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Duration;
import java.util.Set;

/**
 * User-group membership from Slack (usergroups.users.list), cached for a while: a guard check should not cost a
 * Slack call every time, and a removal from a group still takes effect within the TTL. Failures are not cached.
 */
public final class CachedUserGroups implements UserGroups {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

    private final SlackGateway slack;
    private final Cache<String, Set<String>> cache;

    public CachedUserGroups(SlackGateway slack, Duration ttl) {
        this.slack = slack;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
    }

    @Override
    public Set<String> members(String usergroupId) {
        return cache.get(usergroupId, this::lookup);
    }

    private Set<String> lookup(String usergroupId) {
        return Set.copyOf(SlackCalls.required(Wait.LOOKUP, "list its members", slack.usergroupMembers(usergroupId)));
    }
}
