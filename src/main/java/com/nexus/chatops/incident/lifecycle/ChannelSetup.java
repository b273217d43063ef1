package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Severity;
import com.nexus.chatops.incident.DeclareRequest;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRecords;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.Pager;
import com.nexus.chatops.incident.view.IncidentCard;
import com.nexus.chatops.incident.view.IncidentNotices;
import com.nexus.chatops.incident.view.IncidentTopic;
import com.nexus.chatops.incident.view.PagerDutyUrls;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineEntry;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Everything a new incident channel needs, in ONE parallel round once it exists: invites, topic, the card (posted,
 * then pinned), bookmarks and the stakeholder announcement. A failed step is logged and does not stop the others.
 */
public final class ChannelSetup {
    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final SlackGateway slack;
    private final Responders responders;
    private final Pager pager;
    private final Clock clock;
    private final DeclareAlarms alarms;

    public ChannelSetup(NexusConfig config, IncidentRecords records, SlackGateway slack, Responders responders,
                         Pager pager) {
        this(config, records, slack, responders, pager, DeclareAlarms.none(records));
    }

    /** @param alarms lists the service's alarms on the card once it is posted */
    public ChannelSetup(NexusConfig config, IncidentRecords records, SlackGateway slack, Responders responders,
                         Pager pager, DeclareAlarms alarms) {
        this.alarms = alarms;
        this.config = config;
        this.incidents = records.incidents();
        this.timeline = records.timeline();
        this.clock = records.clock();
        this.slack = slack;
        this.responders = responders;
        this.pager = pager;
    }

    void run(Incident i, DeclareRequest request) {
        String channel = i.channelId();
        List<String> people = responders.people(i);
        List<CompletableFuture<Void>> round = new ArrayList<>();
        round.add(SlackCalls.tolerant("invite", i.channelName(), slack.invite(channel, people)));
        round.add(SlackCalls.tolerant("invite responders", i.channelName(), responders.invite(channel, people)));
        round.add(SlackCalls.tolerant("set topic", i.channelName(), slack.setTopic(channel, IncidentTopic.of(i))));
        if (i.cardTs() == null) {
            round.add(SlackCalls.tolerant("post and pin card", i.channelName(), slack.post(channel, IncidentCard.render(i, config))
                    .thenCompose(ts -> {
                        incidents.modify(i.id(), c -> c.withCardTs(ts));
                        return slack.pin(channel, ts);
                    })));
        }
        bookmarks(i).forEach(b -> round.add(SlackCalls.tolerant("bookmark " + b.title(), i.channelName(),
                slack.bookmark(channel, b.title(), b.url()))));
        round.add(SlackCalls.tolerant("announce", i.channelName(), slack.post(config.channels().stakeholders(),
                IncidentNotices.announcement(i, request.description()))));
        // each step reports its own failure; this only waits for the round (an interrupt is kept, not cleared)
        SlackCalls.done(Wait.DELIVERY, CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)));
        alarms.gather(i);
        pageIfAsked(i);
    }

    /** Declared at a severity with page: true (and not already from a PagerDuty page): call the pager hook. */
    private void pageIfAsked(Incident i) {
        Severity severity = config.severities().get(i.severity());
        if (severity == null || !severity.page() || i.pagerdutyIncidentId() != null) {
            return;
        }
        String line = pager.page(i, "declared at " + i.severity().toUpperCase(java.util.Locale.ROOT));
        if (timeline.append(new TimelineEntry(i.id(), clock.instant(), "page", null, line, "declare-page"))) {
            SlackCalls.done(Wait.DELIVERY, SlackCalls.tolerant("post paging note", i.channelName(),
                    slack.post(i.channelId(), Replies.say(":pager: " + line))));
        }
    }

    private record Bookmark(String title, String url) {}

    /** Links known at declaration: runbooks given as URLs, and the PagerDuty incident. */
    private List<Bookmark> bookmarks(Incident i) {
        List<Bookmark> links = new ArrayList<>();
        config.service(i.service()).ifPresent(s -> s.runbooks().stream()
                .filter(r -> r.startsWith("https://") || r.startsWith("http://"))
                .forEach(r -> links.add(new Bookmark("Runbook", r))));
        if (i.pagerdutyIncidentId() != null) {
            links.add(new Bookmark("PagerDuty incident", PagerDutyUrls.incident(i.pagerdutyIncidentId())));
        }
        return links;
    }
}
