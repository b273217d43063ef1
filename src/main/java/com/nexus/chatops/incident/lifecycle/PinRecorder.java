package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;

/**
 * A message pinned, or given a :pushpin:, in an incident channel becomes one timeline entry. The key is the
 * message's ts, so a redelivered event, or a pin plus a pushpin on the same message, records it once.
 */
public final class PinRecorder {
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final SlackGateway slack;
    private final Clock clock;

    public PinRecorder(IncidentRecords records, SlackGateway slack) {
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.slack = slack;
    }

    /**
     * @param excerpt the message text when the event carries it (pin_added does, reaction_added does not)
     * @return true when a new timeline entry was written
     */
    public boolean record(String channelId, String messageTs, String user, String excerpt) {
        Incident incident = incidents.findByChannelId(channelId).orElse(null);
        String key = "pin:" + messageTs;
        if (incident == null || messageTs == null || messageTs.equals(incident.cardTs())
                || timeline.contains(incident.id(), key)) {
            return false;
        }
        // the append below still decides: two deliveries racing past the check above record one entry
        String link = permalink(channelId, messageTs);
        String text = "pinned " + (link == null ? "a message" : "<" + link + "|a message>")
                + (excerpt == null || excerpt.isBlank() ? "" : ": “" + Mrkdwn.escape(Texts.cut(Mrkdwn.toPlain(excerpt).strip(), 500)) + "”");
        return timeline.append(new TimelineEntry(incident.id(), clock.instant(), "pinned", user, text, key));
    }

    private String permalink(String channelId, String ts) {
        return SlackCalls.result(Wait.LOOKUP, slack.permalink(channelId, ts)).orElse(null);
    }
}
