package com.nexus.chatops.guard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackCallException;

/**
 * User-group membership from Slack (usergroups.users.list), cached for a while: a guard check should not cost a
 * Slack call every time, and a removal from a group still takes effect within the TTL. Failures are not cached.
 */
public final class CachedUserGroups implements UserGroups {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    private static final long LOOKUP_SECONDS = 10;

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
        try {
            return Set.copyOf(slack.usergroupMembers(usergroupId).get(LOOKUP_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause instanceof SlackCallException ? cause.getMessage()
                    : "Slack did not answer: " + cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Slack did not answer within " + LOOKUP_SECONDS + " s");
        }
    }
}
