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

    /** Plain Markdown, people named as Slack names them, each asked about once for the draft. */
    public String draft(Incident incident) {
        return PostmortemDraft.markdown(incident, timeline.list(incident.id()), clock.instant(),
                names.forOneDocument());
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
