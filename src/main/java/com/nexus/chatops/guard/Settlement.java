package com.nexus.chatops.guard;

/** How a confirmation ended; its message loses its buttons and says this instead. */
public sealed interface Settlement {

    record Done(String confirmer) implements Settlement {
    }

    record Failed(String message) implements Settlement {
    }

    record Cancelled(String by) implements Settlement {
    }

    record Expired() implements Settlement {
    }

    /** nexus stopped while it was running. */
    record Unknown() implements Settlement {
    }

    /** A lead lifted the cooldown that held it; a fresh confirmation follows. */
    record Overridden(CooldownOverride override) implements Settlement {
    }
}
