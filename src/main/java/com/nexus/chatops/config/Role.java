package com.nexus.chatops.config;

import java.util.List;

/** A named set of Slack users (U…/W…) and user groups (S…) that policy rules allow or ask for approval. */
public record Role(String name, List<String> users, List<String> usergroups) {
    public Role {
        users = List.copyOf(users);
        usergroups = List.copyOf(usergroups);
    }

    public boolean hasUser(String userId) {
        return users.contains(userId);
    }

    /** True when the user is listed directly or belongs to one of the role's user groups. */
    public boolean includes(String userId, java.util.Collection<String> userGroupIds) {
        return users.contains(userId) || userGroupIds.stream().anyMatch(usergroups::contains);
    }
}
