package com.nexus.chatops.store;

/** A store failure whose message is safe to show to an operator: no stack trace, no password. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
