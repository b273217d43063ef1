package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.timeline.TimelineEntry;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists a new incident's service alarms (CloudWatch alarms in ALARM) in its card's context: read on another
 * thread once the card is posted, so a slow or failing read neither holds nor breaks the declare. What was read
 * is kept as a timeline entry, which the card renders from; a failed read is a log line and nothing else.
 */
public final class DeclareAlarms {
    static final String KIND = "alarms";
    private static final Logger LOG = LoggerFactory.getLogger(DeclareAlarms.class);
    private final ServiceAlarms alarms;
    private final IncidentRecords records;
    private final Executor executor;

    public DeclareAlarms(ServiceAlarms alarms, IncidentRecords records, Executor executor) {
        this.alarms = alarms;
        this.records = records;
        this.executor = executor;
    }

    static DeclareAlarms none(IncidentRecords records) {
        return new DeclareAlarms(ServiceAlarms.NONE, records, Runnable::run);
    }

    void gather(Incident i) {
        if (i.service() == null || alarms == ServiceAlarms.NONE) {
            return;
        }
        executor.execute(() -> {
            try {
                alarms.summary(i.service()).ifPresent(text -> {
                    if (records.timeline().append(new TimelineEntry(i.id(), records.clock().instant(), KIND, null,
                            text, "declare-alarms"))) {
                        records.observer().changed(i);
                    }
                });
            } catch (RuntimeException e) {
                LOG.info("{}: the alarms of {} are not on the card: {}", i.channelName(), i.service(), e.getMessage());
            }
        });
    }

    /** The alarms listed for the incident at its declaration, for the card's context. */
    static Optional<String> listed(List<TimelineEntry> timeline) {
        return timeline.stream().filter(e -> KIND.equals(e.kind())).reduce((a, b) -> b).map(TimelineEntry::text);
    }
}
