package com.nexus.chatops.store;

import java.time.LocalDate;

/** Per-UTC-day incident numbers: 1 for the day's first incident, then 2, 3, … with no duplicates under races. */
public final class DaySequence {

    private final Jdbc jdbc;

    DaySequence(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Atomically takes the next number for {@code utcDay}: one upsert statement, row-locked by the database. */
    public int next(LocalDate utcDay) {
        return jdbc.queryFirst("INSERT INTO day_sequence (day, last_value) VALUES (?, 1) "
                        + "ON CONFLICT (day) DO UPDATE SET last_value = day_sequence.last_value + 1 "
                        + "RETURNING last_value",
                row -> row.getInt(1), utcDay)
                .orElseThrow(() -> new StoreException("day sequence returned no value for " + utcDay));
    }
}
