package com.nexus.chatops.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environment nexus runs with, read once from {@link #from(Map)}. Unset and blank variables are the same.
 * Slack credentials are "" when unset (only {@code serve} needs them); optional integrations are Optional.
 * Base URLs other than Slack's carry no trailing slash; SLACK_API_URL always ends in one, as Bolt expects.
 * {@link #toString()} masks every secret, so an Env can be logged.
 */
public record Env(String slackBotToken, String slackSigningSecret, Optional<String> slackAppToken,
                  String slackApiUrl, int port, Path configPath, boolean configPathExplicit, String dbUrl,
                  Optional<String> pagerdutyApiToken, String pagerdutyApiUrl, Optional<String> pagerdutyWebhookSecret,
                  Optional<String> pagerdutyFromEmail, String pagerdutyEventsUrl, Optional<String> statuspageApiKey,
                  Optional<String> statuspagePageId, String statuspageApiUrl, Optional<String> awsRegion,
                  Optional<String> awsEndpointUrl, Optional<Path> runbooksDir) {
    public static final int DEFAULT_PORT = 3000;
    /** Stored as the port when NEXUS_PORT is not a number; {@link #problems()} reports it. */
    static final int UNREADABLE_PORT = -1;

    public static Env from(Map<String, String> env) {
        EnvValues v = new EnvValues(env);
        Optional<String> config = v.optional("NEXUS_CONFIG");
        return new Env(
                v.optional("SLACK_BOT_TOKEN").orElse(""),
                v.optional("SLACK_SIGNING_SECRET").orElse(""),
                v.optional("SLACK_APP_TOKEN"),
                v.url("SLACK_API_URL", "https://slack.com/api/") + "/",
                v.port("NEXUS_PORT", DEFAULT_PORT),
                Path.of(config.orElse("./nexus.yml")),
                config.isPresent(),
                v.optional("NEXUS_DB_URL").orElse("jdbc:sqlite:./nexus.db"),
                v.optional("PAGERDUTY_API_TOKEN"),
                v.url("PAGERDUTY_API_URL", "https://api.pagerduty.com"),
                v.optional("PAGERDUTY_WEBHOOK_SECRET"),
                v.optional("PAGERDUTY_FROM_EMAIL"),
                v.url("PAGERDUTY_EVENTS_URL", "https://events.pagerduty.com"),
                v.optional("STATUSPAGE_API_KEY"),
                v.optional("STATUSPAGE_PAGE_ID"),
                v.url("STATUSPAGE_API_URL", "https://api.statuspage.io/v1"),
                v.optional("AWS_REGION"),
                v.optional("AWS_ENDPOINT_URL"),
                v.optional("NEXUS_RUNBOOKS").map(Path::of));
    }

    /** Set → Socket Mode over the app-level token; unset → Slack calls us over HTTP. */
    public boolean socketMode() {
        return slackAppToken.isPresent();
    }

    public boolean statuspageEnabled() {
        return statuspageApiKey.isPresent() && statuspagePageId.isPresent();
    }

    /** Everything that would stop {@code serve}: the Slack credentials plus {@link #problems()}. */
    public List<String> problemsForServe() {
        return EnvChecks.forServe(this);
    }

    /** Malformed values; missing Slack credentials are fine here because the console does not talk to Slack. */
    public List<String> problems() {
        return EnvChecks.common(this);
    }

    @Override
    public String toString() {
        return "Env[slackBotToken=" + Secrets.mask(slackBotToken) + ", slackSigningSecret="
                + Secrets.mask(slackSigningSecret) + ", slackAppToken=" + Secrets.mask(slackAppToken)
                + ", slackApiUrl=" + slackApiUrl + ", port=" + port + ", configPath=" + configPath
                + (configPathExplicit ? "" : " (default)") + ", dbUrl=" + Secrets.maskUrl(dbUrl)
                + ", pagerdutyApiToken=" + Secrets.mask(pagerdutyApiToken) + ", pagerdutyApiUrl=" + pagerdutyApiUrl
                + ", pagerdutyWebhookSecret=" + Secrets.mask(pagerdutyWebhookSecret)
                + ", pagerdutyFromEmail=" + pagerdutyFromEmail.orElse("(unset)")
                + ", pagerdutyEventsUrl=" + pagerdutyEventsUrl + ", statuspageApiKey=" + Secrets.mask(statuspageApiKey)
                + ", statuspagePageId=" + statuspagePageId.orElse("(unset)") + ", statuspageApiUrl=" + statuspageApiUrl
                + ", awsRegion=" + awsRegion.orElse("(unset)")
                + ", awsEndpointUrl=" + awsEndpointUrl.map(Secrets::maskUrl).orElse("(unset)")
                + ", runbooksDir=" + runbooksDir.map(Path::toString).orElse("(default)") + "]";
    }
}
