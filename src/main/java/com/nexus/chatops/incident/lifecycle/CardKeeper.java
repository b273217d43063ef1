package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentObserver;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.view.IncidentCard;
import com.nexus.chatops.incident.view.IncidentTopic;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.timeline.TimelineRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the pinned card and the channel topic in step with the stored incident. Always renders the latest stored
 * version (one refresh at a time per incident), so two quick changes can't leave the older one showing.
 * The topic is only re-set when its text changes: Slack posts a notice in the channel for every setTopic.
 */
public final class CardKeeper implements IncidentObserver {
    private static final Logger LOG = LoggerFactory.getLogger(CardKeeper.class);

    private final NexusConfig config;
    private final IncidentRepository incidents;
    private final SlackGateway slack;
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final Map<Long, String> topics = new ConcurrentHashMap<>();
    private final TimelineRepository timeline;

    public CardKeeper(NexusConfig config, IncidentRepository incidents, SlackGateway slack) {
        this(config, incidents, slack, null);
    }

    /** @param timeline where the alarms listed at declaration are read from, for the card's context */
    public CardKeeper(NexusConfig config, IncidentRepository incidents, SlackGateway slack,
                      TimelineRepository timeline) {
        this.config = config;
        this.incidents = incidents;
        this.slack = slack;
        this.timeline = timeline;
    }

    @Override
    public void changed(Incident incident) {
        synchronized (locks.computeIfAbsent(incident.id(), id -> new Object())) {
            try {
                Incident latest = incidents.findById(incident.id()).orElse(incident);
                if (!SlackCalls.done(Wait.DELIVERY, refresh(latest))) {
                    LOG.warn("{}: card/topic refresh did not finish in time", incident.channelName());
                }
            } catch (RuntimeException e) {
                LOG.warn("{}: card/topic refresh failed: {}", incident.channelName(), SlackCalls.describe(e));
            }
        }
    }

    private CompletableFuture<Void> refresh(Incident i) {
        if (i.channelId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> card = i.cardTs() == null ? CompletableFuture.completedFuture(null)
                : SlackCalls.tolerant("update card", i.channelName(), slack.update(i.channelId(), i.cardTs(),
                        IncidentCard.render(i, config, timeline == null ? Optional.empty()
                                : DeclareAlarms.listed(timeline.list(i.id())))));
        String topic = IncidentTopic.of(i);
        CompletableFuture<Void> topicCall = topic.equals(topics.get(i.id())) ? CompletableFuture.completedFuture(null)
                : SlackCalls.tolerant("set topic", i.channelName(), slack.setTopic(i.channelId(), topic)
                        .thenRun(() -> topics.put(i.id(), topic)));
        return CompletableFuture.allOf(card, topicCall);
    }
}
