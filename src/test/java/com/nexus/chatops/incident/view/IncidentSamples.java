package com.nexus.chatops.incident.view;

import com.nexus.chatops.command.Phase;
import com.nexus.chatops.incident.Incident;
import java.time.Instant;
import java.time.LocalDate;

/** Incidents as stored, for rendering tests: the longest title the parser accepts, in several scripts. */
final class IncidentSamples {
    static final Instant DECLARED = Instant.parse("2026-11-24T10:00:00Z");

    private IncidentSamples() {}

    /** 150 characters: emoji (two UTF-16 units each), CJK, accents and the characters mrkdwn must escape. */
    static String longTitle() {
        int[] pattern = "🔥 Überlast <&> 決済エラー — ".codePoints().toArray();
        StringBuilder s = new StringBuilder();
        for (int n = 0; n < 150; n++) {
            s.appendCodePoint(pattern[n % pattern.length]);
        }
        return s.toString();
    }

    static Incident open(long id, String title) {
        return new Incident(id, LocalDate.of(2026, 11, 24), (int) id, "incident-20261124-%03d".formatted(id),
                "C0INC" + id, title, "sev2", Phase.IDENTIFIED, "core-api", "U0ALICE1", "U0BOB1", "U0ALICE1", DECLARED,
                null, null, null, "1700000000.000100", "slack:T" + id, 0, DECLARED.plusSeconds(600), DECLARED, 1);
    }

    static Incident paged(long id, String title) {
        Incident i = open(id, title).withPagerDuty("Q1ABCDEF");
        return i.withAcknowledged(DECLARED.plusSeconds(240));
    }
}
