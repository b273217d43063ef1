package com.nexus.chatops.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What is wrong with an {@link Env}, each line naming the variable and how to fix it. */
final class EnvChecks {
    private EnvChecks() {}

    static List<String> forServe(Env env) {
        List<String> problems = new ArrayList<>();
        if (env.slackBotToken().isEmpty()) {
            problems.add("SLACK_BOT_TOKEN is not set: the app's Bot User OAuth Token (xoxb-…) is required for serve");
        }
        if (env.slackSigningSecret().isEmpty()) {
            problems.add("SLACK_SIGNING_SECRET is not set: the app's Signing Secret (Basic Information page)"
                    + " is required for serve");
        }
        problems.addAll(common(env));
        return List.copyOf(problems);
    }

    static List<String> common(Env env) {
        List<String> problems = new ArrayList<>();
        if (env.port() < 1 || env.port() > 65535) {
            problems.add("NEXUS_PORT must be a whole number from 1 to 65535"
                    + (env.port() == Env.UNREADABLE_PORT ? "" : ", found " + env.port()));
        }
        if (!env.slackBotToken().isEmpty() && !env.slackBotToken().startsWith("xoxb-")) {
            problems.add("SLACK_BOT_TOKEN should be a bot token starting with xoxb-");
        }
        env.slackAppToken().filter(token -> !token.startsWith("xapp-")).ifPresent(token ->
                problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp- (or unset for HTTP)"));
        url(problems, "SLACK_API_URL", env.slackApiUrl());
        url(problems, "PAGERDUTY_API_URL", env.pagerdutyApiUrl());
        url(problems, "PAGERDUTY_EVENTS_URL", env.pagerdutyEventsUrl());
        url(problems, "STATUSPAGE_API_URL", env.statuspageApiUrl());
        env.awsEndpointUrl().ifPresent(url -> url(problems, "AWS_ENDPOINT_URL", url));
        if (!env.dbUrl().startsWith("jdbc:sqlite:") && !env.dbUrl().startsWith("jdbc:postgresql:")) {
            problems.add("NEXUS_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, found "
                    + Secrets.maskUrl(env.dbUrl()));
        }
        env.pagerdutyFromEmail().filter(email -> !email.contains("@")).ifPresent(email ->
                problems.add("PAGERDUTY_FROM_EMAIL must be an email address, found " + email));
        pair(problems, env.statuspageApiKey(), "STATUSPAGE_API_KEY", env.statuspagePageId(), "STATUSPAGE_PAGE_ID");
        return List.copyOf(problems);
    }

    private static void url(List<String> problems, String name, String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below, with the variable's name rather than the parser's words
        }
        problems.add(name + " must be an http:// or https:// URL, found " + Secrets.maskUrl(value));
    }

    private static void pair(List<String> problems, Optional<String> a, String aName, Optional<String> b,
                             String bName) {
        if (a.isPresent() != b.isPresent()) {
            String missing = a.isPresent() ? bName : aName;
            String present = a.isPresent() ? aName : bName;
            problems.add(missing + " is not set but " + present + " is; set both to post to Statuspage, or neither");
        }
    }
}
