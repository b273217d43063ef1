package com.nexus.chatops.guard;

import com.nexus.chatops.config.PolicyRequest;
import java.util.Optional;

/**
 * One user asking for one action in one channel; the incident is the channel's, if it is an incident channel.
 * {@code override} is set when a lead lifted the cooldown for this very request.
 */
public record Attempt(String actor, String channelId, String channelName, Optional<IncidentRef> incident,
                      PolicyRequest request, Optional<CooldownOverride> override, boolean dryRun) {

    public String action() {
        return request.action();
    }

    public String service() {
        return request.service();
    }

    /** The incident's canonical severity, or null outside incident channels. */
    public String severity() {
        return incident.map(IncidentRef::severity).orElse(null);
    }

    public boolean inIncidentChannel() {
        return incident.isPresent();
    }

    public Long incidentId() {
        return incident.map(IncidentRef::id).orElse(null);
    }

    /** "#incident-20261124-001" when the name is known, else the id. */
    public String place() {
        return channelName == null || channelName.isBlank() ? channelId : "#" + channelName;
    }
}
