package com.nexus.chatops.incident;

import java.time.Instant;
import java.time.LocalDate;

/** What a declaration supplies before the incident has an id; the channel name is claimed with it. */
public record NewIncident(String declareKey, LocalDate day, int seq, String channelName, String title,
                          String severity, String service, String declaredBy, Instant declaredAt,
                          String commander, String pagerdutyIncidentId) {}
