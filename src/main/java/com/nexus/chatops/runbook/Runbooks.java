package com.nexus.chatops.runbook;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runbooks nexus was started with, by id; ids are unique (the reader refuses duplicates). */
public final class Runbooks {
    private static final Runbooks EMPTY = new Runbooks(List.of());

    private final Map<String, Runbook> byId = new LinkedHashMap<>();

    private Runbooks(List<Runbook> runbooks) {
        runbooks.stream().sorted(Comparator.comparing(Runbook::id)).forEach(r -> {
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two runbooks have the id " + r.id());
            }
        });
    }

    public static Runbooks of(List<Runbook> runbooks) {
        return new Runbooks(runbooks);
    }

    public static Runbooks empty() {
        return EMPTY;
    }

    /** Sorted by id. */
    public List<Runbook> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Runbook> get(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The id closest to a mistyped one, for "did you mean …". */
    public Optional<String> nearest(String typed) {
        return Near.nearest(typed, byId.keySet());
    }

    public int size() {
        return byId.size();
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }
}
