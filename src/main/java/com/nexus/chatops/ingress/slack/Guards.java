package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.SubmittedForms;

/** What the form and card listeners check before acting: the incident policy, and that a form is one nexus opened. */
record Guards(IncidentPolicy policy, SubmittedForms forms) {
}
