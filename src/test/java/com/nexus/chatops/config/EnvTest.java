package com.nexus.chatops.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvTest {
    private static final String BOT = "xoxb-1234-secretbotvalue";
    private static final String SIGNING = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String APP = "xapp-1-A111-secretappvalue";

    @Test
    void shouldUseDefaultsWhenNothingIsSet() {
        Env env = Env.from(Map.of());

        assertThat(env.slackApiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(env.port()).isEqualTo(3000);
        assertThat(env.configPath()).isEqualTo(Path.of("./nexus.yml"));
        assertThat(env.configPathExplicit()).isFalse();
        assertThat(env.dbUrl()).isEqualTo("jdbc:sqlite:./nexus.db");
        assertThat(env.pagerdutyApiUrl()).isEqualTo("https://api.pagerduty.com");
        assertThat(env.pagerdutyEventsUrl()).isEqualTo("https://events.pagerduty.com");
        assertThat(env.statuspageApiUrl()).isEqualTo("https://api.statuspage.io/v1");
        assertThat(env.socketMode()).isFalse();
        assertThat(env.pagerdutyApiToken()).isEmpty();
        assertThat(env.problems()).isEmpty();
    }

    @Test
    void shouldReadEveryVariableWhenSet() {
        Env env = Env.from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SIGNING, "SLACK_APP_TOKEN", APP,
                "SLACK_API_URL", "http://127.0.0.1:9999/api", "NEXUS_PORT", "8080", "NEXUS_CONFIG", "/etc/nexus.yml",
                "PAGERDUTY_API_URL", "http://127.0.0.1:9998/", "AWS_REGION", "eu-west-1"));

        assertThat(env.slackApiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
        assertThat(env.pagerdutyApiUrl()).isEqualTo("http://127.0.0.1:9998");
        assertThat(env.port()).isEqualTo(8080);
        assertThat(env.configPath()).isEqualTo(Path.of("/etc/nexus.yml"));
        assertThat(env.configPathExplicit()).isTrue();
        assertThat(env.socketMode()).isTrue();
        assertThat(env.awsRegion()).contains("eu-west-1");
        assertThat(env.problemsForServe()).isEmpty();
    }

    @Test
    void shouldRequireSlackCredentialsOnlyWhenServing() {
        Env env = Env.from(Map.of("SLACK_APP_TOKEN", " "));

        assertThat(env.socketMode()).isFalse();
        assertThat(env.problems()).isEmpty();
        assertThat(env.problemsForServe()).hasSize(2)
                .anyMatch(p -> p.startsWith("SLACK_BOT_TOKEN is not set"))
                .anyMatch(p -> p.startsWith("SLACK_SIGNING_SECRET is not set"));
    }

    @Test
    void shouldReportEveryMalformedValueWhenSeveralAreWrong() {
        Env env = Env.from(Map.of("NEXUS_PORT", "70000", "SLACK_APP_TOKEN", "xoxb-wrong", "SLACK_BOT_TOKEN", "xoxp-1",
                "PAGERDUTY_API_URL", "ftp://example.com", "NEXUS_DB_URL", "jdbc:mysql://db/nexus",
                "STATUSPAGE_API_KEY", "k"));

        assertThat(env.problems()).containsExactlyInAnyOrder(
                "NEXUS_PORT must be a whole number from 1 to 65535, found 70000",
                "SLACK_BOT_TOKEN should be a bot token starting with xoxb-",
                "SLACK_APP_TOKEN must be an app-level token starting with xapp- (or unset for HTTP)",
                "PAGERDUTY_API_URL must be an http:// or https:// URL, found ftp://example.com",
                "NEXUS_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, found jdbc:mysql://db/nexus",
                "STATUSPAGE_PAGE_ID is not set but STATUSPAGE_API_KEY is; set both to post to Statuspage, or neither");
    }

    @Test
    void shouldReportPortWhenItIsNotANumber() {
        assertThat(Env.from(Map.of("NEXUS_PORT", "http")).problems())
                .containsExactly("NEXUS_PORT must be a whole number from 1 to 65535");
    }

    @Test
    void shouldNeverRevealSecretsWhenPrinted() {
        Env env = Env.from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SIGNING, "SLACK_APP_TOKEN", APP,
                "PAGERDUTY_API_TOKEN", "pdtokenvalue", "PAGERDUTY_WEBHOOK_SECRET", "pdwebhookvalue",
                "STATUSPAGE_API_KEY", "spkeyvalue", "NEXUS_DB_URL",
                "jdbc:postgresql://db/nexus?user=nexus&password=dbpassvalue"));

        String printed = env.toString();

        assertThat(printed).doesNotContain("secretbotvalue", SIGNING, "secretappvalue", "pdtokenvalue",
                "pdwebhookvalue", "spkeyvalue", "dbpassvalue");
        assertThat(printed).contains("slackBotToken=xoxb-…(set)", "slackAppToken=xapp-…(set)",
                "pagerdutyWebhookSecret=…(set)", "password=***");
    }
}
