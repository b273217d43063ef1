package com.nexus.chatops.ingress.slack;

import java.util.Optional;

/** The card's severity menu value, "{incident id}:{severity}"; anything else is not a value nexus made. */
record SeverityChoice(long incidentId, String severity) {

    static Optional<SeverityChoice> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SeverityChoice(Long.parseLong(value.substring(0, colon)),
                    value.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
