package com.nexus.chatops.action.aws;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Manual snapshots are named as the runbooks name them: nexus-manual-YYYYMMDD-HHMMSS, in UTC. */
final class SnapshotNames {
    static final String PREFIX = "nexus-manual-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    /** RDS's rule: a letter first, then letters, digits and single hyphens, no hyphen last, at most 255. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,254}(?<!-)");

    private SnapshotNames() {}

    static String at(Instant instant) {
        return PREFIX + STAMP.format(instant);
    }

    static boolean valid(String id) {
        return VALID.matcher(id).matches();
    }
}
