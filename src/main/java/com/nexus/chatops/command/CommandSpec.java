package com.nexus.chatops.command;

import java.util.Objects;

/**
 * One row of the command table.
 *
 * @param name    the verb as typed, e.g. "rollback" or "ecs scale"
 * @param usage   the usage line without "/nexus", e.g. "rollback {@literal <service>} [--dry-run]"
 * @param summary what the command does, phrased to follow "not available yet: " as well as to stand in help
 * @param section the help heading it is listed under
 * @param need    what it needs beyond nexus itself (a connection, credentials), so help can say when it is missing
 */
public record CommandSpec(String name, String usage, String summary, Section section, Need need, Syntax syntax) {

    public CommandSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(usage);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(section);
        Objects.requireNonNull(need);
        Objects.requireNonNull(syntax);
    }

    /** Help headings, in the order help lists them. */
    public enum Section {
        INCIDENT("Incident"),
        RESPONSE("On-call, runbooks and alarms"),
        KUBERNETES("Kubernetes"),
        AWS("AWS"),
        GENERAL("General");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Turns the words after the verb into a command, or raises a {@link ParseProblem}. */
    @FunctionalInterface
    interface Syntax {
        Command parse(Input in);
    }
}
