package com.nexus.chatops.config;

import java.util.List;

/**
 * Where a policy rule applies: {@code incident-channels}, {@code any}, or a list of channels given as "#name",
 * "name" or a channel id.
 */
public record Where(Scope scope, List<String> channels) {
    public enum Scope { ANY, INCIDENT_CHANNELS, LISTED }

    public static final Where ANY = new Where(Scope.ANY, List.of());
    public static final Where INCIDENT_CHANNELS = new Where(Scope.INCIDENT_CHANNELS, List.of());

    public Where {
        channels = List.copyOf(channels);
    }

    public static Where listed(List<String> channels) {
        return new Where(Scope.LISTED, channels);
    }

    /** Whether a command typed in this channel is covered; {@code channelName} may be given with or without '#'. */
    public boolean covers(String channelId, String channelName, boolean incidentChannel) {
        return switch (scope) {
            case ANY -> true;
            case INCIDENT_CHANNELS -> incidentChannel;
            case LISTED -> channels.stream().anyMatch(c -> c.equals(channelId) || bare(c).equals(bare(channelName)));
        };
    }

    private static String bare(String channel) {
        return channel == null ? "" : channel.startsWith("#") ? channel.substring(1) : channel;
    }

    @Override
    public String toString() {
        return switch (scope) {
            case ANY -> "any";
            case INCIDENT_CHANNELS -> "incident-channels";
            case LISTED -> String.join(", ", channels);
        };
    }
}
