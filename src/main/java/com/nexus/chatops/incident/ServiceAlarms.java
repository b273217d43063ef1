package com.nexus.chatops.incident;

import java.util.Optional;

/**
 * What is alarming for a service, read when an incident is declared for it (its CloudWatch alarms in ALARM): a
 * short mrkdwn summary for the card's context, empty when the service has nothing to read. May be slow, and may
 * throw; the caller reads it off the declare path and goes on without it.
 */
@FunctionalInterface
public interface ServiceAlarms {
    ServiceAlarms NONE = service -> Optional.empty();

    Optional<String> summary(String service);
}
