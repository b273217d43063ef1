package com.nexus.chatops.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads roles:, named groups of Slack users that policy rules refer to. */
final class RolesReader {
    private static final List<String> KEYS = List.of("users", "usergroups");

    private RolesReader() {}

    static Map<String, Role> read(YamlCursor at) {
        Map<String, Role> roles = new LinkedHashMap<>();
        at.entries().forEach((name, entry) -> roles.put(name, role(name, entry)));
        return roles;
    }

    private static Role role(String name, YamlCursor at) {
        if (!Names.matches(Names.ROLE, name)) {
            at.problem("\"" + name + "\" is not a usable role name; use a lowercase word such as responders");
        }
        at.mapping(KEYS);
        List<String> users = ids(at.key("users"), Names.SLACK_USER,
                "a Slack user id (U… or W…, see \"Copy member ID\" in the profile)");
        List<String> groups = ids(at.key("usergroups"), Names.SLACK_USERGROUP, "a Slack user group id (S…)");
        if (users.isEmpty() && groups.isEmpty()) {
            at.problem("has no users or usergroups, so a rule allowing it would allow nobody");
        }
        return new Role(name, users, groups);
    }

    private static List<String> ids(YamlCursor at, Pattern shape, String what) {
        List<String> ids = new ArrayList<>();
        for (YamlCursor item : at.sequence()) {
            item.text().ifPresent(id -> {
                if (!Names.matches(shape, id)) {
                    item.problem("\"" + id + "\" is not " + what);
                }
                ids.add(id);
            });
        }
        return ids;
    }
}
