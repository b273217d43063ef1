package com.nexus.chatops.slack;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack user ids turned into the names people know (users.info), each asked once per process: documents meant
 * for reading outside Slack (the post-mortem draft) carry names, not ids. Anything that is no Slack user id (the
 * console's user, PagerDuty) stays as it is, and so does an id Slack cannot name.
 */
public final class UserNames {
    /** Enough for every person an installation meets; past it, names are asked again rather than kept. */
    private static final int MAX_KEPT = 10_000;
    private final SlackGateway slack;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public UserNames(SlackGateway slack) {
        this.slack = slack;
    }

    public String of(String id) {
        if (!SlackIds.isUser(id)) {
            return id;
        }
        String cached = known.get(id);
        if (cached != null) {
            return cached;
        }
        Optional<String> name = SlackCalls.result(SlackCalls.Wait.LOOKUP, slack.userName(id)).flatMap(n -> n);
        if (name.isPresent() && known.size() < MAX_KEPT) {
            known.put(id, name.get());
        }
        return name.orElse(id);
    }
}
