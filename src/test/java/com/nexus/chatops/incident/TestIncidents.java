package com.nexus.chatops.incident;

import com.nexus.chatops.command.Phase;
import java.time.Instant;
import java.time.LocalDate;

/** Incidents for tests: in memory, or stored with a channel as the declare flow would leave them. */
public final class TestIncidents {
    public static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private TestIncidents() {
    }

    public static Incident inMemory(String title, String severity, String service) {
        return new Incident(1, LocalDate.of(2026, 11, 24), 1, "incident-20261124-001", "C0INC001", title, severity,
                Phase.INVESTIGATING, service, null, null, "U0ALICE", T0, null, null, null, null, "k1", 0, null, T0, 0);
    }

    public static Incident stored(IncidentRepository repo, int seq, String severity, Instant declaredAt, String channelId) {
        String name = "incident-20261124-%03d".formatted(seq);
        Incident created = repo.insertOrGet(new NewIncident("test:" + seq, LocalDate.of(2026, 11, 24), seq, name,
                "Elevated 5xx on core-api", severity, "core-api", "U0ALICE", declaredAt, null, null));
        return repo.modify(created.id(), i -> i.withChannel(name, seq, channelId));
    }
}
