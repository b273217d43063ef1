package com.nexus.chatops.config;

import java.util.List;

/** Reads channels:, filling whatever is left out with the defaults. */
final class ChannelsReader {
    private static final List<String> KEYS = List.of("stakeholders", "incidentPrefix", "archiveAfterHours");

    private ChannelsReader() {}

    static Channels read(YamlCursor at) {
        at.mapping(KEYS);
        if (at.key("stakeholders").blank()) {
            at.key("stakeholders").problem("is empty; a channel name must be quoted, e.g. \"#nexus-status\","
                    + " because an unquoted # starts a YAML comment");
        }
        String stakeholders = at.key("stakeholders").text().orElse(Channels.DEFAULT_STAKEHOLDERS);
        if (!Names.isChannel(stakeholders)) {
            at.key("stakeholders").problem("\"" + stakeholders + "\" is not a channel; write \"#name\" (in quotes,"
                    + " since # starts a YAML comment) or a channel id such as C0123456789");
        }
        String prefix = at.key("incidentPrefix").text().orElse(Channels.DEFAULT_INCIDENT_PREFIX);
        if (!Names.matches(Names.INCIDENT_PREFIX, prefix)) {
            at.key("incidentPrefix").problem("\"" + prefix + "\" cannot start a Slack channel name; use lowercase"
                    + " letters, digits, '-' or '_', at most 60 characters, so <prefix>-YYYYMMDD-NNN fits in 80");
        }
        int archiveAfter = at.key("archiveAfterHours").integer().orElse(0);
        if (archiveAfter < 0 || archiveAfter > Channels.MAX_ARCHIVE_HOURS) {
            at.key("archiveAfterHours").problem("must be from 0 (never archive) to " + Channels.MAX_ARCHIVE_HOURS
                    + " hours, found " + archiveAfter);
        }
        return new Channels(stakeholders, prefix, Math.max(0, archiveAfter));
    }
}
