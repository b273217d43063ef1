package com.nexus.chatops.guard;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which of nexus.yml's roles a Slack user holds: listed directly, or through a user group. */
public final class Roles {
    /** The roles held, and the user groups that could not be checked (so a denial can say so). */
    public record Membership(Set<String> roles, List<String> problems) {}

    private final NexusConfig config;
    private final UserGroups groups;

    public Roles(NexusConfig config, UserGroups groups) {
        this.config = config;
        this.groups = groups;
    }

    /** Whether the user holds at least one of the named roles (approving, cancelling, overriding). */
    public boolean holdsAny(String userId, Collection<String> roleNames) {
        return !of(userId, roleNames).roles().isEmpty();
    }

    /** Only the named roles are checked, so a lookup is made only for groups that could matter. */
    public Membership of(String userId, Collection<String> roleNames) {
        Set<String> held = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String name : roleNames) {
            Role role = config.role(name).orElse(null);
            if (role == null) {
                continue;
            }
            if (role.hasUser(userId) || inAnyGroup(userId, role.usergroups(), problems)) {
                held.add(name);
            }
        }
        return new Membership(held, problems);
    }

    private boolean inAnyGroup(String userId, List<String> usergroups, List<String> problems) {
        for (String group : usergroups) {
            try {
                if (groups.members(group).contains(userId)) {
                    return true;
                }
            } catch (RuntimeException e) {
                problems.add("user group " + group + " could not be checked (" + e.getMessage() + ")");
            }
        }
        return false;
    }
}
