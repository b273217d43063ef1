package com.nexus.chatops.guard;

import com.nexus.chatops.config.PolicyRequest;
import java.util.SortedMap;
import java.util.TreeMap;

/** An incident command as the policy sees it: {@code incident.update} and the like, about one incident (or none). */
record IncidentAction(String action, Long incidentId) implements PolicyRequest {
    @Override
    public String service() {
        return null;
    }

    @Override
    public SortedMap<String, String> params() {
        SortedMap<String, String> params = new TreeMap<>();
        if (incidentId != null) {
            params.put("incident", incidentId.toString());
        }
        return params;
    }
}
