package com.nexus.chatops.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SignedRequest;
import com.nexus.chatops.testing.SlackDefaults;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What manifest.yml tells Slack, sent to the real server (Jetty + Bolt + SQLite, on the fake Slack Web API): its
 * request URLs, its slash command and its message shortcut are answered, and the code registers as many of each.
 */
class SlackManifestServerTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    @AutoClose
    FakeSlack slack;
    @AutoClose
    RunningNexus nexus;

    @BeforeEach
    void start() {
        slack = FakeSlack.start();
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"));
    }

    @Test
    void shouldSendSlackToTheEndpointNexusServesWhenTheHttpManifestNamesRequestUrls() {
        // Given nexus serving over HTTP, and the request URLs of manifest.yml
        List<String> urls = ManifestFiles.read(ManifestFiles.HTTP).findValuesAsText("url");
        urls.addAll(ManifestFiles.read(ManifestFiles.HTTP).findValuesAsText("request_url"));
        assertThat(urls).hasSize(3);

        for (String url : urls) {
            // When Slack verifies each URL (the challenge it sends when the manifest is saved)
            SignedRequest challenge = nexus.requests().urlVerification("challenge-" + url.length()).build();
            HttpPoster.Result answer = HttpPoster.post(nexus.baseUri().resolve(URI.create(url).getPath()),
                    challenge.contentType(), challenge.body(), challenge.headers());

            // Then nexus's server answers it there
            assertThat(answer.status()).as(url).isEqualTo(200);
            assertThat(answer.body()).as(url).contains("challenge-" + url.length());
        }
    }

    @Test
    void shouldAnswerTheManifestsSlashCommandsWhenSlackDeliversThem() {
        // Given the slash commands of the manifest, and the code registering as many
        JsonNode commands = ManifestFiles.read(ManifestFiles.HTTP).path("features").path("slash_commands");
        assertThat(commands.size()).isEqualTo(SlackUsage.read().listeners.getOrDefault("command", 0));

        for (JsonNode command : commands) {
            // When a member types it
            String id = "cmd" + command.path("command").asText().length();
            int status = nexus.requests().slashCommand("help").command(command.path("command").asText())
                    .responseUrl(slack.responseUrl(id)).send(nexus.baseUri()).status();

            // Then nexus acks and answers with its help
            assertThat(status).isEqualTo(200);
            assertThat(slack.awaitResponseUrlPost(id, WAIT).text()).contains("declare");
        }
    }

    @Test
    void shouldOpenTheDeclareFormWhenTheManifestsMessageShortcutIsUsedOnAMessage() throws Exception {
        // Given the shortcuts of the manifest, and the code registering as many of each kind
        JsonNode shortcuts = ManifestFiles.read(ManifestFiles.HTTP).path("features").path("shortcuts");
        SlackUsage usage = SlackUsage.read();
        for (String type : List.of("message", "global")) {
            assertThat(shortcuts.findValuesAsText("type").stream().filter(type::equals).count()).as(type)
                    .isEqualTo(usage.listeners.getOrDefault(type + "Shortcut", 0).longValue());
        }

        for (JsonNode shortcut : shortcuts) {
            // When a member picks it on a message
            String trigger = "trigger-" + shortcut.path("callback_id").asText();
            int status = nexus.requests().raw("application/x-www-form-urlencoded",
                    "payload=" + URLEncoder.encode(messageAction(shortcut.path("callback_id").asText(), trigger),
                            StandardCharsets.UTF_8)).send(nexus.baseUri()).status();

            // Then nexus acks and opens the declare form with the message as its title
            assertThat(status).as(shortcut.path("callback_id").asText()).isEqualTo(200);
            slack.awaitCall("views.open", WAIT);
            FakeView view = slack.views().get(0);
            assertThat(view.triggerId()).isEqualTo(trigger);
            assertThat(view.json().toString()).contains("Checkout is throwing 500s");
        }
    }

    private static String messageAction(String callbackId, String triggerId) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "type", "message_action",
                "callback_id", callbackId,
                "trigger_id", triggerId,
                "team", Map.of("id", SlackDefaults.TEAM_ID),
                "user", Map.of("id", SlackDefaults.USER_ID, "name", "tester"),
                "channel", Map.of("id", SlackDefaults.CHANNEL_ID, "name", "general"),
                "message", Map.of("type", "message", "user", SlackDefaults.USER_ID, "ts", "1700000000.000100",
                        "text", "Checkout is throwing 500s"),
                "message_ts", "1700000000.000100",
                "response_url", "https://hooks.slack.com/app/fake"));
    }
}
