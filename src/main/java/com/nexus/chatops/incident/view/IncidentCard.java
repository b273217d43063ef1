package com.nexus.chatops.incident.view;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackDates;
import com.nexus.chatops.slack.SlackIds;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The incident card: one pinned message per incident channel, rendered from the stored incident and re-sent with
 * chat.update on every change. A resolved incident's card is frozen: no buttons, time to acknowledge and resolve.
 */
public final class IncidentCard {
    public static final String UPDATE = "incident.update.open";
    public static final String RESOLVE = "incident.resolve.open";
    public static final String SEVERITY = "incident.severity.select";
    public static final String ASSIGN_COMMANDER = "incident.assign.commander";
    public static final String ASSIGN_COMMS = "incident.assign.comms";
    public static final String ACK = "incident.ack";
    private static final int MAX_FIELDS = 10;
    /** A context element holds 3000 characters; the alarms list keeps well inside. */
    private static final int MAX_CONTEXT_CHARS = 2000;

    private IncidentCard() {}

    public static Reply render(Incident incident, NexusConfig config) {
        return render(incident, config, Optional.empty());
    }

    /** @param alarms the service's alarms listed at declaration (mrkdwn), shown as the card's context */
    public static Reply render(Incident incident, NexusConfig config, Optional<String> alarms) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(heading(incident)))));
        List<TextObject> fields = fields(incident, config);
        blocks.add(section(s -> s.fields(fields.subList(0, Math.min(MAX_FIELDS, fields.size())))));
        alarms.ifPresent(text -> blocks.add(context(c -> c.elements(List.of(
                markdownText(Texts.cut(text, MAX_CONTEXT_CHARS)))))));
        if (!incident.resolved()) {
            blocks.add(actions(a -> a.blockId("incident_card").elements(CardActions.of(incident, config))));
        }
        return Reply.inChannel(fallback(incident), blocks);
    }

    static String heading(Incident i) {
        String icon = i.resolved() ? ":white_check_mark:" : ":rotating_light:";
        return icon + " *" + Severities.tag(i.severity()) + " · " + Mrkdwn.escapeWritten(i.title()) + "*\n"
                + IncidentNotices.channel(i);
    }

    private static String fallback(Incident i) {
        return Severities.tag(i.severity()) + " " + i.channelName() + ": "
                + Texts.cutMrkdwn(Mrkdwn.escapeWritten(i.title()), 150)
                + " (" + phase(i) + ")";
    }

    static String phase(Incident i) {
        return Texts.capitalized(i.status().word());
    }

    private static List<TextObject> fields(Incident i, NexusConfig config) {
        List<TextObject> f = new ArrayList<>();
        f.add(field("Severity", Severities.described(config, i.severity())));
        f.add(field("Status", phase(i)));
        f.add(field("Commander", person(i.commander())));
        f.add(field("Comms lead", person(i.comms())));
        f.add(field("Declared", SlackDates.atAgo(i.declaredAt()) + (person(i.declaredBy()).startsWith("<@")
                ? " by " + person(i.declaredBy()) : "")));
        if (i.service() != null) {
            f.add(field("Service", Mrkdwn.escape(i.service())));
        }
        if (i.pagerdutyIncidentId() != null) {
            f.add(field("PagerDuty", pagerDuty(i)));
        }
        f.add(field("Last update", i.lastUpdateAt() == null ? "_none yet_" : SlackDates.atAgo(i.lastUpdateAt())));
        if (i.resolved()) {
            f.add(field("Time to acknowledge", i.timeToAcknowledge().map(SlackDates::duration).orElse("_never acknowledged_")));
            f.add(field("Time to resolve", i.timeToResolve().map(SlackDates::duration).orElse("—")));
        } else {
            nextUpdateDue(i, config).ifPresent(due -> f.add(field("Next update due", SlackDates.at(due))));
        }
        return f;
    }

    /** (last update, or the declaration) + the severity's update cadence; none when the severity has no cadence. */
    public static java.util.Optional<Instant> nextUpdateDue(Incident i, NexusConfig config) {
        return java.util.Optional.ofNullable(config.severities().get(i.severity()))
                .flatMap(s -> s.updateEvery())
                .map(minutes -> (i.lastUpdateAt() != null ? i.lastUpdateAt() : i.declaredAt()).plusSeconds(minutes * 60L));
    }

    private static String pagerDuty(Incident i) {
        String link = "<" + PagerDutyUrls.incident(i.pagerdutyIncidentId()) + "|" + Mrkdwn.escape(i.pagerdutyIncidentId()) + ">";
        // an alert storm joins many PagerDuty incidents to this one: the counter says how many
        String alerts = i.alertCount() > 1 ? " · " + i.alertCount() + " alerts" : "";
        return link + (i.acknowledgedAt() == null ? " · _not acknowledged_"
                : " · acknowledged " + SlackDates.at(i.acknowledgedAt())) + alerts;
    }

    static String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "_unassigned_";
        }
        return SlackIds.isUser(userId) ? "<@" + userId + ">" : Mrkdwn.escape(userId);
    }

    private static TextObject field(String label, String value) {
        return markdownText("*" + label + "*\n" + value);
    }
}
