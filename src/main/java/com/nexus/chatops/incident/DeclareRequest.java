package com.nexus.chatops.incident;

import com.nexus.chatops.core.Texts;

/**
 * What someone asked for when declaring. {@code declareKey} makes repeats the same declaration:
 * {@code slack:<trigger_id>} for a slash command, {@code slack-view:<view_id>} for the form,
 * {@code pagerduty:<incident id>} for a page. {@code service}, {@code description} and
 * {@code pagerdutyIncidentId} (set when PagerDuty declared it, so the card links it from the start) may be null.
 */
public record DeclareRequest(String declareKey, String severity, String title, String service, String description,
                             String declaredBy, String pagerdutyIncidentId) {

    /** Every door (slash command, form, PagerDuty) declares through here: bidi overrides never reach a title. */
    public DeclareRequest {
        title = Texts.withoutBidi(title);
        description = Texts.withoutBidi(description);
    }

    /** A declaration from Slack: no PagerDuty incident yet. */
    public DeclareRequest(String declareKey, String severity, String title, String service, String description,
                          String declaredBy) {
        this(declareKey, severity, title, service, description, declaredBy, null);
    }
}
