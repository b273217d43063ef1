package com.nexus.chatops.incident.lifecycle;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Role;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.slack.SlackIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Who joins a new incident channel: the declarer and role holders, and the members of the configured
 * {@value #ROLE} role (its users and user groups). Invited in two calls, so a stale id in nexus.yml never keeps
 * the declarer out of their own incident.
 */
public final class Responders {
    static final String ROLE = "responders";

    private final NexusConfig config;
    private final SlackGateway slack;

    public Responders(NexusConfig config, SlackGateway slack) {
        this.config = config;
        this.slack = slack;
    }

    List<String> people(Incident i) {
        Set<String> people = new LinkedHashSet<>();
        for (String id : new String[] {i.declaredBy(), i.commander(), i.comms()}) {
            if (SlackIds.isUser(id)) {
                people.add(id);
            }
        }
        return List.copyOf(people);
    }

    CompletableFuture<Void> invite(String channel, List<String> alreadyInvited) {
        Optional<Role> role = config.role(ROLE);
        if (role.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<List<String>>> groups = new ArrayList<>();
        role.get().usergroups().forEach(g -> groups.add(slack.usergroupMembers(g)));
        return CompletableFuture.allOf(groups.toArray(CompletableFuture[]::new)).handle((v, e) -> {
            Set<String> members = new LinkedHashSet<>(role.get().users());
            groups.stream().filter(g -> !g.isCompletedExceptionally()).forEach(g -> members.addAll(g.join()));
            members.removeAll(alreadyInvited);
            members.removeIf(m -> !SlackIds.isUser(m));
            return List.copyOf(members);
        }).thenCompose(members -> slack.invite(channel, members));
    }
}
