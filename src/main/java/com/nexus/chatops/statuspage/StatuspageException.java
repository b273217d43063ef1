package com.nexus.chatops.statuspage;

import com.nexus.chatops.core.NexusException;

/** Statuspage refused or could not be reached; the message says which, without secrets. */
public final class StatuspageException extends NexusException {
    public StatuspageException(String message) {
        super(message);
    }
}
