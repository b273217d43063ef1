package com.nexus.chatops.slack;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Slack user ids turned into the names people know (users.info): documents meant for reading outside Slack (the
 * post-mortem draft) carry names, not ids. A name Slack gives is kept for the process; anything that is no Slack
 * user id (the console's user, PagerDuty) stays as it is, and so does an id Slack cannot name (or not in time),
 * which is asked about again by the next document, but only once within one ({@link #forOneDocument}).
 */
public final class UserNames {
    /** Enough for every person an installation meets; past it, names are asked again rather than kept. */
    private static final int MAX_KEPT = 10_000;
    private final SlackGateway slack;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public UserNames(SlackGateway slack) {
        this.slack = slack;
    }

    /**
     * For writing one document: each id asked about at most once, named or not. users.info is paced by Slack, so
     * asking again for every line of someone Slack cannot name would hold the writer for minutes.
     */
    public UnaryOperator<String> forOneDocument() {
        Map<String, String> asked = new HashMap<>();
        return id -> asked.computeIfAbsent(id, this::of);
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
