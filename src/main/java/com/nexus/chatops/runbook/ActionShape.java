package com.nexus.chatops.runbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one action is written after {@code run:}: the /nexus words it stands for, whether it takes a service, what it
 * acts on, its options ({@code --tail} → its value kind) and its one positional argument, if any.
 */
record ActionShape(String verb, Takes service, Optional<Platform> platform, Map<String, Value> options,
                   Optional<Value> positional) {

    enum Takes { SERVICE, OPTIONAL_SERVICE, NOTHING }

    /** The kinds of value an option or argument holds, each saying what it accepts. */
    enum Value {
        FLAG("nothing"),
        NUMBER("a whole number from 1"),
        NAME("a name"),
        COUNT("a whole number from 0"),
        REPLICAS("a whole number from 0, {replicas.max} or {replicas.min}"),
        PHASE("investigating, identified, monitoring or resolved");

        static final List<String> PHASES = List.of("investigating", "identified", "monitoring", "resolved");
        static final List<String> REPLICA_PLACEHOLDERS = List.of("{replicas.max}", "{replicas.min}");

        private final String accepts;

        Value(String accepts) {
            this.accepts = accepts;
        }

        String accepts() {
            return accepts;
        }

        boolean accepts(String word) {
            return switch (this) {
                case FLAG -> false;
                case NUMBER -> word.matches("[1-9][0-9]{0,5}");
                case NAME -> word.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
                case COUNT -> word.matches("0|[1-9][0-9]{0,3}");
                case REPLICAS -> COUNT.accepts(word) || REPLICA_PLACEHOLDERS.contains(word);
                case PHASE -> PHASES.contains(word);
            };
        }
    }
}
