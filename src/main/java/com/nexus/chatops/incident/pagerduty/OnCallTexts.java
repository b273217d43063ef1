package com.nexus.chatops.incident.pagerduty;

import com.nexus.chatops.slack.Mrkdwn;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** On-call people in mrkdwn: a Slack mention when Slack knows their email, their PagerDuty name otherwise. */
final class OnCallTexts {
    private OnCallTexts() {}

    static String person(OnCalls.Person p) {
        return p.slackUser().map(id -> "<@" + id + ">").orElseGet(() -> Mrkdwn.escape(p.name() == null ? "?" : p.name())
                + (p.email() == null ? "" : " (" + Mrkdwn.escape(p.email()) + ", not found in Slack)"));
    }

    /** "level 1: @a, level 2: @b, @c" */
    static String list(List<OnCalls.Person> people) {
        return byLevel(people).entrySet().stream().map(e -> "level " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** One line per level, for `/nexus oncall`. */
    static String lines(List<OnCalls.Person> people) {
        return byLevel(people).entrySet().stream().map(e -> "• Level " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static Map<Integer, String> byLevel(List<OnCalls.Person> people) {
        return people.stream().collect(Collectors.groupingBy(OnCalls.Person::level, TreeMap::new,
                Collectors.mapping(OnCallTexts::person, Collectors.joining(", "))));
    }
}
