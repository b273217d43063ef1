package com.nexus.chatops.pagerduty;

import com.nexus.chatops.config.Env;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PagerDuty clients nexus runs with. The REST client exists only when PAGERDUTY_API_TOKEN is set; the
 * Events API client always (it needs no token, only a service's routing key); {@code fallbackFrom} is the
 * PAGERDUTY_FROM_EMAIL used when the acting Slack user has no PagerDuty match.
 */
public record PagerDutyAccess(Optional<PagerDutyClient> client, PagerDutyEventsClient events,
                              Optional<String> fallbackFrom) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyAccess.class);

    public static PagerDutyAccess fromEnv(Env env) {
        Optional<PagerDutyClient> client = env.pagerdutyApiToken()
                .map(token -> new PagerDutyClient(env.pagerdutyApiUrl(), token));
        if (client.isEmpty()) {
            LOG.info("PagerDuty REST API off: PAGERDUTY_API_TOKEN is not set");
        }
        return new PagerDutyAccess(client, new PagerDutyEventsClient(env.pagerdutyEventsUrl()),
                env.pagerdutyFromEmail());
    }

    /** No REST client; the Events client points at PagerDuty's default URL and is only used when asked. */
    public static PagerDutyAccess none() {
        return new PagerDutyAccess(Optional.empty(), new PagerDutyEventsClient("https://events.pagerduty.com"),
                Optional.empty());
    }

    @Override
    public void close() {
        client.ifPresent(PagerDutyClient::close);
        events.close();
    }
}
