package com.nexus.chatops.incident.runbook;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.runbook.view.RunbookLists;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookMatch;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.slack.Reply;
import java.util.Optional;

/** `/nexus runbook` lists the runbooks for the channel's incident and why; `/nexus runbook <id>` posts one. */
public final class RunbookCommands {
    private final RunbookPosts posts;
    private final IncidentRepository incidents;

    public RunbookCommands(RunbookPosts posts, IncidentRepository incidents) {
        this.posts = posts;
        this.incidents = incidents;
    }

    public Reply runbook(Invocation invocation, Command.Runbook command) {
        Runbooks runbooks = posts.runbooks();
        if (runbooks.isEmpty()) {
            return RunbookLists.none();
        }
        Optional<Incident> incident = incidents.findByChannelId(invocation.channelId());
        if (command.name().isEmpty()) {
            return incident.map(i -> RunbookLists.forIncident(i.title(), posts.rank(i), runbooks.all()))
                    .orElseGet(() -> RunbookLists.all(runbooks.all()));
        }
        String id = command.name().get();
        Optional<Runbook> runbook = runbooks.get(id);
        if (runbook.isEmpty()) {
            return RunbookLists.unknown(id, runbooks.nearest(id));
        }
        if (incident.isEmpty()) {
            return RunbookLists.notInIncident();
        }
        String reason = posts.rank(incident.get()).stream().filter(m -> m.runbook().id().equals(id)).findFirst()
                .map(RunbookMatch::reason).orElse("it was asked for with /nexus runbook " + id);
        RunbookPosts.Outcome outcome = posts.post(incident.get(), runbook.get(), reason, invocation.userId());
        return outcome.posted() ? RunbookLists.posted(id) : RunbookLists.alreadyPosted(id, outcome.link());
    }
}
