package com.nexus.chatops.config;

import java.util.regex.Pattern;

/** The shapes names must have to be usable where they end up: Slack, Kubernetes, AWS, PagerDuty, commands. */
final class Names {
    static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    static final Pattern DNS_SUBDOMAIN = Pattern.compile("(?=.{1,253}$)" + DNS_LABEL + "(\\." + DNS_LABEL + ")*");
    static final Pattern SEVERITY_WORD = Pattern.compile("[a-z][a-z0-9_-]{0,19}");
    static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    static final Pattern SLACK_USERGROUP = Pattern.compile("S[A-Z0-9]{2,}");
    static final Pattern SLACK_CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,}");
    static final Pattern SLACK_CHANNEL_NAME = Pattern.compile("#[a-z0-9][a-z0-9_-]{0,79}");
    static final Pattern INCIDENT_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,59}");
    static final Pattern PAGERDUTY_ID = Pattern.compile("P[A-Z0-9]{4,}");
    static final Pattern ECS_NAME = Pattern.compile("arn:\\S+|[A-Za-z0-9_-]{1,255}");
    static final Pattern RDS_INSTANCE = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}");
    static final Pattern RUNBOOK = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_-]{0,49}");

    private Names() {}

    static boolean matches(Pattern pattern, String value) {
        return pattern.matcher(value).matches();
    }

    static boolean isChannel(String value) {
        return matches(SLACK_CHANNEL_NAME, value) || matches(SLACK_CHANNEL_ID, value);
    }
}
