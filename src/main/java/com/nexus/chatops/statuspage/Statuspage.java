package com.nexus.chatops.statuspage;

/**
 * The public status page an incident's updates are mirrored to. {@code status} is Statuspage's own word
 * (investigating, identified, monitoring, resolved), which is also the nexus phase word.
 * Failures throw {@link StatuspageException} with a message fit for the responder.
 */
public interface Statuspage {

    boolean enabled();

    /** Creates a Statuspage incident; returns its id. */
    String create(String name, String status, String body);

    /** Adds an update to an existing Statuspage incident (status + body). */
    void update(String statuspageIncidentId, String status, String body);

    /** No status page configured: nothing is sent anywhere. */
    Statuspage OFF = new Statuspage() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String create(String name, String status, String body) {
            throw new StatuspageException("Statuspage is not configured.");
        }

        @Override
        public void update(String statuspageIncidentId, String status, String body) {
            throw new StatuspageException("Statuspage is not configured.");
        }
    };
}
