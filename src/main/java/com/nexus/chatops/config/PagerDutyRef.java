package com.nexus.chatops.config;

import java.util.Optional;

/**
 * The PagerDuty service (id like PXXXXXX) that pages for a nexus service, and the Events API v2 integration key
 * `/nexus page` sends to (absent: that service cannot be paged from Slack).
 */
public record PagerDutyRef(String serviceId, Optional<String> routingKey) {
    public PagerDutyRef {
        routingKey = routingKey == null ? Optional.empty() : routingKey;
    }

    public PagerDutyRef(String serviceId) {
        this(serviceId, Optional.empty());
    }
}
