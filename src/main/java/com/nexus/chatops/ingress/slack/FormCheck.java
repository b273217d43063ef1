package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.guard.SubmittedForms;
import com.nexus.chatops.slack.SlackGateway;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.view.View;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Every form submission is first matched to a view nexus opened for the same person; the guard audits a refusal. */
final class FormCheck {
    private FormCheck() {}

    /** Records the form for {@code user}, then opens it with the external id that names the record. */
    static CompletableFuture<Void> open(SlackGateway slack, SubmittedForms forms, String trigger, View form,
                                        String user) {
        form.setExternalId(forms.opening(form.getCallbackId(), form.getPrivateMetadata(), user));
        return slack.openView(trigger, form);
    }

    /** @return what to show in the form when the submission is refused; empty when it may be carried out */
    static Optional<String> refusal(SubmittedForms forms, ViewSubmissionPayload p) {
        if (p.getView() == null) {
            return Optional.of("This form was not opened by nexus; nothing was done.");
        }
        return forms.refusal(p.getView().getExternalId(), p.getView().getCallbackId(), p.getView().getPrivateMetadata(),
                Payloads.user(p).orElse(null)).map(why -> "nexus did not open this form for you (" + why
                + "); nothing was done. Close it and start again from the incident card or with `/nexus`.");
    }
}
