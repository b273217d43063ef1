package com.nexus.chatops.store;

/**
 * A write rejected by a schema constraint. Repositories use {@link #kind()} to turn a lost race (UNIQUE) into
 * "already done". On PostgreSQL the surrounding transaction is aborted afterwards, so prefer
 * {@code INSERT … ON CONFLICT DO NOTHING} for expected duplicates inside a transaction.
 */
public class ConstraintViolationException extends StoreException {

    /** Which kind of constraint rejected the write. */
    public enum Kind { UNIQUE, FOREIGN_KEY, CHECK, NOT_NULL, OTHER }

    private final Kind kind;

    public ConstraintViolationException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
