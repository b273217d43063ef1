package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.Harness.GENERAL;
import static com.nexus.chatops.guard.Harness.INCIDENT_CHANNEL;
import static com.nexus.chatops.guard.Harness.LEAD;
import static com.nexus.chatops.guard.Harness.OTHER_RESPONDER;
import static com.nexus.chatops.guard.Harness.RESPONDER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.audit.AuditLog;
import com.nexus.chatops.audit.AuditVerifier;
import com.nexus.chatops.audit.ChainedRecord;
import com.nexus.chatops.audit.Verification;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.testing.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audit chains and pending actions written before requests became typed: src/test/resources/audit holds what the
 * code at 542b718 wrote for the scenario replayed below (see the resources' commit). They must still verify, read
 * back as the same typed requests, and the same scenario must write the same chain, hash for hash.
 */
class AuditChainCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("com.nexus.chatops.testing.TestStores#backends")
    void shouldVerifyAChainWrittenBeforeTheRequestsWereTyped(String backend) throws IOException {
        List<JsonNode> golden = rows("chain-before-restructure.jsonl");
        try (var store = TestStores.open(backend, dir)) {
            golden.forEach(r -> store.database().jdbc().update("INSERT INTO audit_log (seq, at, actor, channel,"
                            + " incident_id, action, target, params, verdict, reason, outcome, error, prev_hash, hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", r.get("seq").asLong(),
                    Instant.ofEpochMilli(r.get("at").asLong()), text(r, "actor"), text(r, "channel"),
                    r.get("incident_id").isNull() ? null : r.get("incident_id").asLong(), text(r, "action"),
                    text(r, "target"), text(r, "params"), text(r, "verdict"), text(r, "reason"), text(r, "outcome"),
                    text(r, "error"), text(r, "prev_hash"), text(r, "hash")));

            Verification result = new AuditVerifier(new AuditLog(store.database().jdbc())).verify();

            assertThat(result.intact()).isTrue();
            assertThat(result.count()).isEqualTo(25);
            assertThat(result.headHash()).isEqualTo(text(golden.get(golden.size() - 1), "hash"));
        }
    }

    @Test
    void shouldReadEveryStoredRequestBackAndWriteItByteForByte() throws IOException {
        List<JsonNode> stored = new ArrayList<>(rows("pending-before-restructure.jsonl"));
        rows("chain-before-restructure.jsonl").stream()
                .filter(r -> !text(r, "action").startsWith("pending.")).forEach(stored::add);

        for (JsonNode row : stored) {
            RequestParams.Stored read = RequestParams.read(text(row, "action"), text(row, "target"),
                    text(row, "params"));

            assertThat(RequestParams.json(read.request(), read.override(), read.held()))
                    .as("%s %s", text(row, "action"), text(row, "params")).isEqualTo(text(row, "params"));
            assertThat(read.request().action()).isEqualTo(text(row, "action"));
            assertThat(read.request().service()).isEqualTo(text(row, "target"));
        }
    }

    @Test
    void shouldWriteTheSameChainWhenTheScenarioIsReplayed() throws IOException {
        List<JsonNode> golden = rows("chain-before-restructure.jsonl");
        try (Harness h = new Harness("sqlite", dir)) {
            h.actions = h.fresh(new ProductionShapedActions());

            replay(h);

            List<ChainedRecord> written = h.audit();
            assertThat(written).hasSameSizeAs(golden);
            for (int i = 0; i < golden.size(); i++) {
                ChainedRecord r = written.get(i);
                JsonNode g = golden.get(i);
                assertThat(List.of(r.record().actor(), r.record().action(), String.valueOf(r.record().params()),
                        r.record().verdict(), String.valueOf(r.record().reason()), String.valueOf(r.record().outcome())))
                        .as("record %d", i + 1).containsExactly(text(g, "actor"), text(g, "action"),
                                String.valueOf(text(g, "params")), text(g, "verdict"),
                                String.valueOf(text(g, "reason")), String.valueOf(text(g, "outcome")));
                assertThat(r.hash()).as("hash of record %d", i + 1).isEqualTo(text(g, "hash"));
            }
        }
    }

    /** The scenario the resources were written with, step by step. */
    private static void replay(Harness h) {
        Set<String> seen = new HashSet<>();
        Incident incident = h.incident("sev2");
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.Pods("core-api"), false);
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.Logs("core-api", true, 50, Optional.of("api")), false);
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.Logs("core-api", false, 100, Optional.empty()), false);
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.History("core-api"), false);
        h.ask(RESPONDER, GENERAL, new ActionRequest.Events("core-api"), false);
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.Rollback("core-api", Optional.of(6), Optional.empty()), true);
        h.clock.advance(Duration.ofSeconds(5));
        h.rollback(RESPONDER, INCIDENT_CHANNEL);
        String rollback = newest(h, seen);
        h.clock.advance(Duration.ofSeconds(5));
        h.actions.approve(h.click(RESPONDER, rollback));
        h.actions.confirm(h.click(RESPONDER, rollback));
        h.clock.advance(Duration.ofSeconds(30));
        h.rollback(OTHER_RESPONDER, INCIDENT_CHANNEL);
        String held = newest(h, seen);
        h.actions.overrideCooldown(held, RESPONDER, "I am sure");
        h.actions.overrideCooldown(held, LEAD, "bad deploy & still <serving> 5xx");
        h.actions.confirm(h.click(OTHER_RESPONDER, newest(h, seen)));
        h.clock.advance(Duration.ofSeconds(5));
        h.ask(RESPONDER, INCIDENT_CHANNEL, Harness.scale(4), false);
        h.actions.cancel(h.click(RESPONDER, newest(h, seen)));
        h.ask(RESPONDER, INCIDENT_CHANNEL, Harness.scale(9), false);
        h.ask(RESPONDER, INCIDENT_CHANNEL, new ActionRequest.Restart("core-api"), false);
        String restart = newest(h, seen);
        h.clock.advance(Duration.ofMinutes(6));
        h.actions.confirm(h.click(RESPONDER, restart));
        h.ask("U0NOBODY1", INCIDENT_CHANNEL, new ActionRequest.Restart("core-api"), false);
        h.actions.confirm(h.click(RESPONDER, "pa_forged\"id"));
        h.actions.permissions().check(RESPONDER, INCIDENT_CHANNEL, "incident-20261124-001",
                Optional.of(new IncidentRef(incident.id(), incident.severity())),
                new ActionRequest.PagerDutyAck(Optional.of("PT4KHLK"))).done("done", null);
        h.actions.permissions().check("U0NOBODY1", GENERAL, "general", Optional.empty(),
                new ActionRequest.PagerDutyPage("core-api")).done("never", null);
    }

    /** The pending action created last: the one id not seen before. */
    private static String newest(Harness h, Set<String> seen) {
        List<String> ids = h.store.database().jdbc().query("SELECT id FROM pending_actions", r -> r.getString(1));
        String fresh = ids.stream().filter(id -> !seen.contains(id)).findFirst().orElseThrow();
        seen.add(fresh);
        return fresh;
    }

    private static List<JsonNode> rows(String name) throws IOException {
        try (InputStream in = AuditChainCompatibilityTest.class.getResourceAsStream("/audit/" + name)) {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    rows.add(JSON.readTree(line));
                }
            }
            return rows;
        }
    }

    private static String text(JsonNode row, String field) {
        return row.get(field) == null || row.get(field).isNull() ? null : row.get(field).asText();
    }
}
