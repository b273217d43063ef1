package com.nexus.chatops.pagerduty;

import com.nexus.chatops.core.NexusException;
import java.util.List;

/**
 * A PagerDuty call that did not succeed, worded for the responder who asked for it. {@link #retryable()} tells
 * the caller whether trying later can help (PagerDuty down or rate limiting) or not (PagerDuty refused the request).
 */
public class PagerDutyException extends NexusException {
    private final int status;
    private final boolean retryable;
    private final List<String> errors;

    PagerDutyException(String message, int status, boolean retryable, List<String> errors, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
        this.errors = List.copyOf(errors);
    }

    /** PagerDuty answered 4xx: its own words, so the responder can fix the request (wrong id, unknown From, …). */
    static PagerDutyException rejected(String what, int status, String pdMessage, List<String> pdErrors) {
        String detail = pdMessage == null || pdMessage.isBlank() ? "HTTP " + status : pdMessage;
        if (!pdErrors.isEmpty()) {
            detail += " (" + String.join("; ", pdErrors) + ")";
        }
        return new PagerDutyException("PagerDuty refused to " + what + ": " + detail + ".", status, false, pdErrors,
                null);
    }

    /** Still failing after the bounded retries: a status of 0 means no HTTP answer at all (timeout, network). */
    static PagerDutyException unavailable(String what, int attempts, int status, Throwable cause) {
        String last = status == 0 ? "no answer" : "HTTP " + status;
        return new PagerDutyException("PagerDuty did not " + what + " after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + " (last: " + last + "); try again in a minute.", status, true,
                List.of(), cause);
    }

    /** PagerDuty said yes but its answer could not be read; retrying could repeat an action that happened. */
    static PagerDutyException unreadable(String what, Throwable cause) {
        return new PagerDutyException("PagerDuty accepted the request to " + what
                + " but its answer could not be read; check PagerDuty before trying again.", 200, false, List.of(),
                cause);
    }

    /** The HTTP status PagerDuty answered with; 0 when there was no answer. */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    /** PagerDuty's {@code error.errors[]}, one reason per entry. */
    public List<String> errors() {
        return errors;
    }

    /** An id that cannot be a PagerDuty id; refused before any request is made. */
    static final class BadId extends PagerDutyException {
        BadId(String id) {
            super("\"" + id + "\" is not a PagerDuty id (letters and digits, e.g. PT4KHLK).", 0, false, List.of(),
                    null);
        }
    }
}
