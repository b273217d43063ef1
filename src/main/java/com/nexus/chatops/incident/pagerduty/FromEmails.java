package com.nexus.chatops.incident.pagerduty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.pagerduty.PagerDutyClient;
import com.nexus.chatops.pagerduty.PagerDutyException;
import com.nexus.chatops.pagerduty.PdUser;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code From} a Slack user's PagerDuty writes carry: their Slack profile email when it is a PagerDuty
 * user's, else PAGERDUTY_FROM_EMAIL with a note saying so. PagerDuty users are cached by email for a while.
 */
public final class FromEmails {
    static final Duration TTL = Duration.ofMinutes(15);

    /** {@code note} is a line for the user when the fallback was used, else null. */
    record From(String email, String note) {}

    private final SlackGateway slack;
    private final PagerDutyClient client;
    private final Optional<String> fallback;
    private final Cache<String, Optional<PdUser>> users = Caffeine.newBuilder()
            .expireAfterWrite(TTL).maximumSize(10_000).build();

    public FromEmails(SlackGateway slack, PagerDutyClient client, Optional<String> fallback) {
        this.slack = slack;
        this.client = client;
        this.fallback = fallback;
    }

    From of(String slackUser) {
        Optional<String> email = slackEmail(slackUser);
        if (email.isEmpty()) {
            return fallback("Slack shows no email for you");
        }
        Optional<PdUser> user;
        try {
            user = users.get(email.get().toLowerCase(java.util.Locale.ROOT), client::userByEmail);
        } catch (PagerDutyException e) {
            // PagerDuty is unreachable: keep the Slack email, the write is retried with it
            return new From(email.get(), null);
        }
        return user.map(u -> new From(u.email(), null))
                .orElseGet(() -> fallback("your Slack email " + email.get() + " is not a PagerDuty user's"));
    }

    private From fallback(String why) {
        return fallback.map(f -> new From(f, ":information_source: PagerDuty records this as " + f + ": " + why + "."))
                .orElseThrow(() -> new NexusException("PagerDuty needs the email of a PagerDuty user for this, and "
                        + why + "; set PAGERDUTY_FROM_EMAIL to act under a shared PagerDuty user."));
    }

    private Optional<String> slackEmail(String user) {
        return SlackCalls.result(Wait.LOOKUP, slack.userEmail(user)).flatMap(email -> email);
    }
}
