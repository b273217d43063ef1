package com.nexus.chatops.action;

import com.nexus.chatops.core.NexusException;
import java.util.Optional;

/** Turns a request (fresh, or read back from a pending action) into the action that carries it out. */
@FunctionalInterface
public interface ActionCatalog {

    PlannedAction plan(ActionRequest request);

    /**
     * Why this request cannot be carried out here — a service nexus.yml does not describe for it, or no
     * connection to its infrastructure — asked before any policy rule, so the answer names what is missing
     * rather than a rule. Empty when it can be tried.
     */
    default Optional<String> unavailable(ActionRequest request) {
        return Optional.empty();
    }

    /** For a nexus with no infrastructure connected: every action says so instead of failing obscurely. */
    static ActionCatalog none() {
        return request -> {
            throw new NexusException(request.action() + " is not available: nexus has no connection for it here.");
        };
    }

    /** Each request to the catalog of its kind. */
    static ActionCatalog of(ActionCatalog kubernetes, ActionCatalog aws) {
        return new ActionCatalog() {
            @Override
            public PlannedAction plan(ActionRequest request) {
                return of(request).plan(request);
            }

            @Override
            public Optional<String> unavailable(ActionRequest request) {
                return of(request).unavailable(request);
            }

            private ActionCatalog of(ActionRequest request) {
                return request instanceof ActionRequest.OnAws ? aws : kubernetes;
            }
        };
    }
}
