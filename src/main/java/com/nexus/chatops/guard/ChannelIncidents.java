package com.nexus.chatops.guard;

import java.util.Optional;

/** Which incident a channel belongs to, if it is an incident channel; the guard asks, the incident store answers. */
@FunctionalInterface
public interface ChannelIncidents {
    Optional<IncidentRef> of(String channelId);
}
