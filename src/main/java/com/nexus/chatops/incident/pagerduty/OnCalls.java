package com.nexus.chatops.incident.pagerduty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PdOnCall;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is on call for a PagerDuty service now (service → escalation policy → on-calls), and bringing them into
 * an incident channel. PagerDuty emails map to Slack users through users.lookupByEmail, cached for {@link #TTL}.
 */
public final class OnCalls {
    static final Duration TTL = Duration.ofMinutes(30);

    /** One on-call person: level, name, email and Slack user (empty when Slack has no such email). */
    record Person(int level, String name, String email, Optional<String> slackUser) {}

    private final Optional<PagerDutyClient> client;
    private final SlackGateway slack;
    private final Cache<String, Optional<String>> slackIds = Caffeine.newBuilder()
            .expireAfterWrite(TTL).maximumSize(10_000).build();

    public OnCalls(Optional<PagerDutyClient> client, SlackGateway slack) {
        this.client = client;
        this.slack = slack;
    }

    boolean connected() {
        return client.isPresent();
    }

    /** By escalation level, then name; one line per person even when they hold several levels' schedules. */
    List<Person> now(String pdServiceId) {
        PagerDutyClient pd = client.orElseThrow(() -> new NexusException(
                "PagerDuty is not connected (PAGERDUTY_API_TOKEN is not set), so nexus cannot see who is on call."));
        String policy = pd.service(pdServiceId).escalationPolicyId();
        if (policy == null) {
            return List.of();
        }
        List<PdOnCall> entries = new ArrayList<>(pd.onCalls(List.of(policy)));
        entries.sort(Comparator.comparingInt(PdOnCall::escalationLevel).thenComparing(o -> String.valueOf(o.userName())));
        Set<String> seen = new LinkedHashSet<>();
        List<Person> people = new ArrayList<>();
        for (PdOnCall o : entries) {
            if (seen.add(o.escalationLevel() + "/" + o.userId())) {
                people.add(new Person(o.escalationLevel(), o.userName(), o.userEmail(), slackUser(o.userEmail())));
            }
        }
        return people;
    }

    /** Invites everyone on call to the channel; returns a line for the channel and timeline. */
    String invite(String channelId, String pdServiceId, String serviceLabel) {
        List<Person> people;
        try {
            people = now(pdServiceId);
        } catch (NexusException e) {
            return "On-call for " + serviceLabel + " was not invited: " + e.getMessage();
        }
        List<String> ids = people.stream().flatMap(p -> p.slackUser().stream()).distinct().toList();
        if (!ids.isEmpty() && !SlackCalls.done(Wait.DELIVERY, slack.invite(channelId, ids))) {
            return "On-call for " + serviceLabel + " could not be invited (Slack refused); " + OnCallTexts.list(people);
        }
        return people.isEmpty() ? "Nobody is on call for " + serviceLabel + " in PagerDuty right now."
                : "Invited on-call for " + serviceLabel + ": " + OnCallTexts.list(people);
    }

    private Optional<String> slackUser(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return slackIds.get(email.toLowerCase(Locale.ROOT),
                e -> SlackCalls.result(Wait.LOOKUP, slack.userIdByEmail(e)).flatMap(id -> id));
    }
}
