package com.nexus.chatops.action.aws;

import java.util.List;

/**
 * An AWS request as it goes on the wire: the API action ({@code ecs:UpdateService}) and its parameters under
 * their wire names, in order. A dry run returns this instead of sending it; a real run sends exactly this.
 */
public record PlannedCall(String action, List<Param> params) {
    public record Param(String name, String value) {}

    public PlannedCall {
        params = List.copyOf(params);
    }

    public String service() {
        return action.substring(0, action.indexOf(':'));
    }

    public String operation() {
        return action.substring(action.indexOf(':') + 1);
    }
}
