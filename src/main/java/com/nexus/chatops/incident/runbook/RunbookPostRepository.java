package com.nexus.chatops.incident.runbook;

import com.nexus.chatops.runbook.StepKey;
import com.nexus.chatops.runbook.StepRef;
import com.nexus.chatops.runbook.StepRun;
import com.nexus.chatops.store.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The runbooks posted per incident and who ran which step (runbook_posts, runbook_step_runs). */
public final class RunbookPostRepository {
    private static final String COLUMNS = "id, incident_id, runbook_id, channel_id, message_ts, reason";
    private final Jdbc jdbc;

    public RunbookPostRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the runbook for the incident; empty when it is claimed already (posted, or being posted). */
    public Optional<Long> claim(long incidentId, String runbookId, String channelId, String reason, String by,
                                Instant at) {
        return jdbc.queryFirst("INSERT INTO runbook_posts (incident_id, runbook_id, channel_id, reason, posted_by,"
                        + " posted_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, runbook_id) DO NOTHING"
                        + " RETURNING id", r -> r.getLong("id"), incidentId, runbookId, channelId, reason, by,
                at.toEpochMilli());
    }

    public void placed(long id, String ts) {
        jdbc.update("UPDATE runbook_posts SET message_ts = ? WHERE id = ?", ts, id);
    }

    public Optional<RunbookPost> find(long id) {
        return jdbc.queryFirst("SELECT " + COLUMNS + " FROM runbook_posts WHERE id = ?", RunbookPostRepository::post,
                id);
    }

    public Optional<RunbookPost> find(long incidentId, String runbookId) {
        return jdbc.queryFirst("SELECT " + COLUMNS + " FROM runbook_posts WHERE incident_id = ? AND runbook_id = ?",
                RunbookPostRepository::post, incidentId, runbookId);
    }

    /** {@code by} ran the step at {@code at}: it becomes the last run, and the count goes up by one. */
    public void ran(StepRef step, String by, Instant at) {
        jdbc.update("INSERT INTO runbook_step_runs (post_id, step_key, ran_by, ran_at, runs) VALUES (?, ?, ?, ?, 1)"
                + " ON CONFLICT (post_id, step_key) DO UPDATE SET ran_by = excluded.ran_by, ran_at = excluded.ran_at,"
                + " runs = runbook_step_runs.runs + 1", step.postId(), step.key().toString(), by, at.toEpochMilli());
    }

    /** Every step of the post that ran, by its key; keys no longer in the runbook are left out. */
    public Map<StepKey, StepRun> runs(long postId) {
        record Row(String key, StepRun run) {
        }
        Map<StepKey, StepRun> runs = new LinkedHashMap<>();
        jdbc.query("SELECT step_key, ran_by, ran_at, runs FROM runbook_step_runs WHERE post_id = ? ORDER BY step_key",
                r -> new Row(r.getString("step_key"), new StepRun(r.getString("ran_by"),
                        Instant.ofEpochMilli(r.getLong("ran_at")), r.getInt("runs"))), postId)
                .forEach(row -> StepRef.parse(postId + ":" + row.key())
                        .ifPresent(ref -> runs.put(ref.key(), row.run())));
        return runs;
    }

    private static RunbookPost post(ResultSet r) throws SQLException {
        return new RunbookPost(r.getLong("id"), r.getLong("incident_id"), r.getString("runbook_id"),
                r.getString("channel_id"), Optional.ofNullable(r.getString("message_ts")), r.getString("reason"));
    }
}
