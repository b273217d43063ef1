package com.nexus.chatops.guard;

import com.nexus.chatops.store.OpenedViews;
import java.util.Objects;
import java.util.Optional;

/**
 * Forms are part of the guarded path: nexus records every modal before it opens it (a random external id,
 * callback, private metadata, opener) and carries out a submission only when all four match. Anything else is
 * refused and audited.
 */
public final class SubmittedForms {
    private final OpenedViews views;
    private final Audits audits;

    public SubmittedForms(OpenedViews views, Audits audits) {
        this.views = views;
        this.audits = audits;
    }

    /** Records a form about to be opened for {@code openedBy}; @return the external id to open it with */
    public String opening(String callbackId, String privateMetadata, String openedBy) {
        return views.record(callbackId, privateMetadata, openedBy);
    }

    /**
     * @param externalId the view's external_id, which nexus drew when it opened the form
     * @return empty when nexus opened this very view for {@code user}; otherwise why not, already audited
     */
    public Optional<String> refusal(String externalId, String callbackId, String privateMetadata, String user) {
        Optional<String> why = views.find(externalId).map(v -> mismatch(v, callbackId, privateMetadata, user))
                .orElse(Optional.of("nexus opened no form with this id"));
        why.ifPresent(reason -> audits.refusedView(user, externalId, callbackId, reason));
        return why;
    }

    private static Optional<String> mismatch(OpenedViews.OpenedView v, String callbackId, String privateMetadata,
                                             String user) {
        if (!v.callbackId().equals(callbackId)) {
            return Optional.of("the form was opened as " + v.callbackId() + ", not " + callbackId);
        }
        if (!v.privateMetadata().equals(Objects.requireNonNullElse(privateMetadata, ""))) {
            return Optional.of("the form's hidden data was changed after nexus opened it");
        }
        if (!v.openedBy().equals(user)) {
            return Optional.of("the form was opened for " + v.openedBy() + ", not for " + user);
        }
        return Optional.empty();
    }
}
