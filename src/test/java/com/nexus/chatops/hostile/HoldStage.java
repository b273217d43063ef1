package com.nexus.chatops.hostile;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditRecord;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.TestIncidents;
import com.nexus.chatops.testing.FakeSlack;
import com.nexus.chatops.testing.FakeView;
import com.nexus.chatops.testing.HttpPoster;
import com.nexus.chatops.testing.RunningNexus;
import com.nexus.chatops.testing.SlackDefaults;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One nexus against the fake Slack for the hostile cases: nexus.example.yml with, first, the rule that gives the
 * incident commands to leads only (U0000000003), an incident channel with a stored sev2 incident, and helpers
 * that send what an attacker (or Slack itself) could send.
 */
final class HoldStage implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CHANNEL = "C0INC001";
    static final String NAME = "incident-20261124-001";
    static final String LEAD = "U0000000003";
    static final String STRANGER = SlackDefaults.USER_ID;
    static final String PD_SECRET = "hostile-pd-secret";
    static final String INCIDENT_RULE =
            "  - { actions: [incident.update, incident.resolve, incident.severity, incident.assign], allow: [leads] }\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeSlack slack;
    final RunningNexus nexus;
    final Incident incident;

    HoldStage(Path dir) throws Exception {
        Path config = dir.resolve("nexus.yml");
        String example = Files.readString(RunningNexus.exampleConfig());
        Files.writeString(config, example.replaceFirst("(?m)^policy:\n", "policy:\n" + INCIDENT_RULE));
        slack = FakeSlack.start().addChannel(CHANNEL, NAME, STRANGER, LEAD).addChannel("C0STATUS", "nexus-status")
                .addUser(LEAD, "lead", "lead@example.com");
        nexus = RunningNexus.start(slack, "jdbc:sqlite:" + dir.resolve("nexus.db"),
                Map.of("NEXUS_CONFIG", config.toString(), "PAGERDUTY_WEBHOOK_SECRET", PD_SECRET));
        incident = TestIncidents.stored(incidents(), 1, "sev2", Instant.now().minusSeconds(600), CHANNEL);
    }

    IncidentRepository incidents() {
        return new IncidentRepository(nexus.nexus().database().jdbc(), Clock.systemUTC());
    }

    Incident reload() {
        return incidents().findById(incident.id()).orElseThrow();
    }

    List<AuditRecord> audit() {
        return new AuditLog(nexus.nexus().database().jdbc()).page(0, 1000).stream().map(ChainedRecord::record)
                .toList();
    }

    /** A slash command typed by {@code user} in the incident channel; the reply it got. */
    String command(String user, String text) {
        String id = "r" + System.nanoTime();
        nexus.requests().slashCommand(text).user(user, "someone").channel(CHANNEL, NAME)
                .responseUrl(slack.responseUrl(id)).send(nexus.baseUri());
        return slack.awaitResponseUrlPost(id, WAIT).text();
    }

    /** A card control clicked by {@code user}; the HTTP status nexus answered. */
    int click(String user, String actionId, String value) {
        return nexus.requests().blockAction(actionId, value).user(user, "someone").channel(CHANNEL, NAME)
                .send(nexus.baseUri()).status();
    }

    /** Clicks a card button that opens a form and returns the form Slack showed. */
    FakeView openForm(String user, String actionId) {
        int before = slack.views().size();
        click(user, actionId, Long.toString(incident.id()));
        await().atMost(WAIT).until(() -> slack.views().size() > before);
        return slack.views().get(slack.views().size() - 1);
    }

    /** The ephemeral text {@code user} was shown, once one arrives. */
    String awaitEphemeral(String user) {
        await().atMost(WAIT).until(() -> slack.ephemerals().stream().anyMatch(e -> e.user().equals(user)));
        return slack.ephemerals().stream().filter(e -> e.user().equals(user)).map(e -> e.text())
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    /**
     * A view_submission exactly as given (state included or left out), signed: the status answered.
     * {@code externalId} is the id the view was opened with (nexus draws one per form), or a forged one.
     */
    HttpPoster.Result submitView(String user, String externalId, String callbackId, String privateMetadata,
                                 ObjectNode state) {
        ObjectNode root = JSON.createObjectNode().put("type", "view_submission");
        root.putObject("user").put("id", user).put("username", "someone").put("team_id", SlackDefaults.TEAM_ID);
        root.putObject("team").put("id", SlackDefaults.TEAM_ID).put("domain", SlackDefaults.TEAM_DOMAIN);
        root.put("api_app_id", SlackDefaults.APP_ID).put("token", SlackDefaults.VERIFICATION_TOKEN)
                .put("trigger_id", System.nanoTime() + ".trigger");
        ObjectNode view = root.putObject("view").put("id", "V0" + System.nanoTime()).put("external_id", externalId)
                .put("team_id", SlackDefaults.TEAM_ID)
                .put("type", "modal").put("callback_id", callbackId).put("private_metadata", privateMetadata)
                .put("app_id", SlackDefaults.APP_ID).put("bot_id", SlackDefaults.BOT_ID);
        view.putArray("blocks");
        if (state != null) {
            view.set("state", state);
        }
        return nexus.requests().raw("application/x-www-form-urlencoded",
                "payload=" + URLEncoder.encode(root.toString(), StandardCharsets.UTF_8)).send(nexus.baseUri());
    }

    /**
     * Every parameter of every Slack Web API call nexus made, joined, to look for what must never be sent. JSON
     * parameters (blocks) carry {@code <}, {@code >} and {@code &} as \\u escapes; they are read back as Slack
     * reads them, so a raw {@code <!channel>} hidden in blocks is found too.
     */
    String everythingSentToSlack() {
        StringBuilder all = new StringBuilder();
        slack.calls().forEach(c -> all.append(c.method()).append(' ').append(c.params()).append('\n'));
        return all.toString().replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&");
    }

    static ObjectNode values(String blockId, ObjectNode value) {
        ObjectNode state = JSON.createObjectNode();
        state.putObject("values").putObject(blockId).set(blockId, value);
        return state;
    }

    static ObjectNode text(String value) {
        return JSON.createObjectNode().put("type", "plain_text_input").put("value", value);
    }

    @Override
    public void close() throws Exception {
        nexus.close();
        slack.close();
    }
}
