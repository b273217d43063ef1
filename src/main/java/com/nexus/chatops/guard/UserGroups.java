package com.nexus.chatops.guard;

import java.util.Set;

/**
 * Who is in a Slack user group. Implementations may cache; a failed lookup throws, and the guard then treats the
 * user as not a member (it fails closed and says why).
 */
@FunctionalInterface
public interface UserGroups {
    Set<String> members(String usergroupId);
}
