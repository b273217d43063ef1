package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.PostmortemDraft;
import com.nexus.chatops.incident.view.CommsMessages;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.UserNames;
import com.nexus.chatops.timeline.TimelineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Uploads the post-mortem draft to the incident channel, with the reminder to review it within 48 hours. */
public final class Postmortems {
    static final Duration REVIEW_WITHIN = Duration.ofHours(48);
    private final TimelineRepository timeline;
    private final SlackGateway slack;
    private final Clock clock;
    private final UserNames names;

    public Postmortems(TimelineRepository timeline, SlackGateway slack, Clock clock) {
        this.timeline = timeline;
        this.slack = slack;
        this.clock = clock;
        this.names = new UserNames(slack);
    }

    /**
     * Plain Markdown, people named as Slack names them. Each person is asked about at most once per draft, named or
     * not: {@link UserNames} keeps only the names Slack gives, and users.info is paced by Slack, so asking for each
     * entry of someone Slack cannot name (or while Slack is slow) would hold the resolve for minutes.
     */
    public String draft(Incident incident) {
        Map<String, String> asked = new HashMap<>();
        return PostmortemDraft.markdown(incident, timeline.list(incident.id()), clock.instant(),
                id -> asked.computeIfAbsent(id, names::of));
    }

    /** @return empty when the draft and the reminder were posted, else what failed */
    public Optional<String> publish(Incident incident) {
        String markdown = draft(incident);
        Instant reviewBy = (incident.resolvedAt() == null ? clock.instant() : incident.resolvedAt()).plus(REVIEW_WITHIN);
        Optional<String> uploadProblem = SlackCalls.problem(slack.uploadText(incident.channelId(), null,
                "postmortem-" + incident.channelName() + ".md", "Post-mortem draft: " + incident.channelName(),
                markdown), "upload the post-mortem draft");
        if (uploadProblem.isPresent()) {
            return uploadProblem;
        }
        return SlackCalls.problem(slack.post(incident.channelId(), CommsMessages.reviewReminder(reviewBy,
                incident.commander())), "post the review reminder");
    }
}
