package com.nexus.chatops.action;

import com.nexus.chatops.core.NexusException;

/** Turns a request (fresh, or read back from a pending action) into the action that carries it out. */
@FunctionalInterface
public interface ActionCatalog {

    PlannedAction plan(ActionRequest request);

    /** For a nexus with no infrastructure connected: every action says so instead of failing obscurely. */
    static ActionCatalog none() {
        return request -> {
            throw new NexusException(request.action() + " is not available: nexus has no connection for it here.");
        };
    }

    /** Each request to the catalog of its kind. */
    static ActionCatalog of(ActionCatalog kubernetes, ActionCatalog aws) {
        return request -> request instanceof ActionRequest.OnAws ? aws.plan(request) : kubernetes.plan(request);
    }
}
