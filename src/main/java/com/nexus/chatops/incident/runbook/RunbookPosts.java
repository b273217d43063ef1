package com.nexus.chatops.incident.runbook;

import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.runbook.view.RunbookMessage;
import com.nexus.chatops.runbook.ActionCall;
import com.nexus.chatops.runbook.MatchQuery;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookMatch;
import com.nexus.chatops.runbook.RunbookMatcher;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.runbook.hint.DecisionHints;
import com.nexus.chatops.runbook.hint.HintSettings;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.SlackCalls.Wait;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runbook messages in incident channels: posted once per runbook and incident (a claim in the store comes first),
 * bookmarked, and re-rendered in place with fresh hints and the steps' progress whenever a step runs.
 */
public final class RunbookPosts {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookPosts.class);
    private static final String PREFIX = "/nexus ";
    /** Audit outcomes of an attempt that did not run and asks for nothing more. */
    private static final Set<String> REFUSED = Set.of("denied", "failed");

    private final NexusConfig config;
    private final Runbooks runbooks;
    private final IncidentRepository incidents;
    private final RunbookPostRepository posts;
    private final SlackGateway slack;
    private final Live live;

    /** What the hints read, the audit log a step's run is checked in, and the clock. */
    public record Live(LiveFacts facts, AuditLog audit, Clock clock) {
    }

    /** The outcome of posting: a new message, or the one already in the channel (refreshed). */
    public record Outcome(boolean posted, Optional<String> link) {
    }

    public RunbookPosts(NexusConfig config, Runbooks runbooks, IncidentRepository incidents,
                        RunbookPostRepository posts, SlackGateway slack, Live live) {
        this.config = config;
        this.runbooks = runbooks;
        this.incidents = incidents;
        this.posts = posts;
        this.slack = slack;
        this.live = live;
    }

    public Runbooks runbooks() {
        return runbooks;
    }

    /** Best first, each with why it fits the incident. */
    public List<RunbookMatch> rank(Incident incident) {
        return new RunbookMatcher(runbooks, config).rank(MatchQuery.of(incident.title(), incident.service()));
    }

    /** Posts the runbook that fits the incident best, if any fits. */
    void offer(Incident incident) {
        rank(incident).stream().findFirst().ifPresent(best -> post(incident, best.runbook(), best.reason(), "nexus"));
    }

    /** Posts {@code runbook} in the incident's channel, or refreshes the message if it is there already. */
    public Outcome post(Incident incident, Runbook runbook, String reason, String by) {
        Optional<Long> claimed = posts.claim(incident.id(), runbook.id(), incident.channelId(), reason, by,
                live.clock().instant());
        RunbookPost post = posts.find(incident.id(), runbook.id()).orElseThrow();
        if (claimed.isEmpty() && post.ts().isPresent()) {
            refresh(post);
            return new Outcome(false, SlackCalls.result(Wait.LOOKUP, slack.permalink(post.channelId(),
                    post.ts().get())));
        }
        String ts = SlackCalls.required(Wait.DELIVERY, "post the " + runbook.id() + " runbook",
                slack.post(post.channelId(), render(post, incident, runbook)));
        posts.placed(post.id(), ts);
        SlackCalls.done(Wait.DELIVERY, slack.permalink(post.channelId(), ts).thenCompose(link ->
                SlackCalls.tolerant("bookmark the runbook", incident.channelName(),
                        slack.bookmark(post.channelId(), "Runbook: " + runbook.title(), link))));
        return new Outcome(true, Optional.empty());
    }

    /**
     * The command a step's button stands for, as typed after {@code /nexus}: empty when the button belongs to no
     * posted runbook of this channel or its step runs nothing here.
     */
    public Optional<String> command(StepRef ref, String channelId) {
        return posts.find(ref.postId()).filter(p -> p.channelId().equals(channelId))
                .flatMap(p -> incidents.findById(p.incidentId()).flatMap(i -> runbooks.get(p.runbookId())
                        .flatMap(r -> r.step(ref.key()))
                        .flatMap(step -> step.action())
                        .flatMap(call -> call.commandLine(Optional.ofNullable(i.service()), config))))
                .map(line -> line.startsWith(PREFIX) ? line.substring(PREFIX.length()) : line);
    }

    /**
     * Runs a step's button: its command goes to {@code dispatch} (the path a typed command takes) and the answer
     * is returned for the clicker. If the guard let it through (it ran, or its confirmation was posted: the audit
     * log says so), the step shows who ran it and when. Empty when the button stands for no command here.
     */
    public Optional<Reply> run(StepRef ref, String channelId, String user, Function<String, Reply> dispatch) {
        Optional<String> command = command(ref, channelId);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Instant since = Instant.ofEpochMilli(live.clock().millis());
        Reply reply = dispatch.apply(command.get());
        try {
            if (letThrough(ref, user, since)) {
                posts.ran(ref, user, live.clock().instant());
                posts.find(ref.postId()).ifPresent(this::refresh);
            }
        } catch (RuntimeException e) {
            // the step's own answer still goes to the clicker; only its mark on the message is missing
            LOG.warn("could not mark runbook step {} as run: {}", ref.value(), e.toString());
        }
        return Optional.of(reply);
    }

    /** Whether the audit log holds, since the click, this user's run of the step's action that was not refused. */
    private boolean letThrough(StepRef ref, String user, Instant since) {
        Optional<RunbookPost> post = posts.find(ref.postId());
        Optional<ActionCall> call = post.flatMap(p -> runbooks.get(p.runbookId())).flatMap(r -> r.step(ref.key()))
                .flatMap(step -> step.action());
        Optional<String> target = post.flatMap(p -> incidents.findById(p.incidentId()))
                .flatMap(i -> call.flatMap(c -> c.target().resolve(Optional.ofNullable(i.service()))));
        if (call.isEmpty() || target.isEmpty()) {
            return false;
        }
        return live.audit().latest(call.get().action(), target.get(), 20).stream().map(ChainedRecord::record)
                .filter(r -> user.equals(r.actor()) && !r.at().isBefore(since))
                .anyMatch(r -> r.outcome() != null && !REFUSED.contains(r.outcome()));
    }

    private void refresh(RunbookPost post) {
        Optional<Incident> incident = incidents.findById(post.incidentId());
        Optional<Runbook> runbook = runbooks.get(post.runbookId());
        if (incident.isEmpty() || runbook.isEmpty() || post.ts().isEmpty()) {
            return;
        }
        SlackCalls.required(Wait.DELIVERY, "update the " + post.runbookId() + " runbook",
                slack.update(post.channelId(), post.ts().get(), render(post, incident.get(), runbook.get())));
    }

    private Reply render(RunbookPost post, Incident incident, Runbook runbook) {
        Optional<String> service = Optional.ofNullable(incident.service());
        var advice = DecisionHints.advise(runbook.stepsFor(service.flatMap(config::service)),
                live.facts().of(incident), HintSettings.DEFAULTS);
        return RunbookMessage.render(new RunbookMessage.Shown(post.id(), runbook, service, post.reason(), advice,
                posts.runs(post.id())), config);
    }
}
