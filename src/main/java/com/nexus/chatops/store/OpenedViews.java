package com.nexus.chatops.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The modals nexus opens, recorded before they are opened under an external id nexus draws at random (Slack
 * returns it with the submission), with the callback, private metadata and the user they were opened for. A
 * submission is honoured only when it matches one of these, so a view_submission for a view nexus never opened
 * (or sent by someone else) changes nothing. Rows older than a day are dropped: Slack's views live hours.
 */
public final class OpenedViews {
    static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One opened view. */
    public record OpenedView(String externalId, String callbackId, String privateMetadata, String openedBy) {
        public OpenedView {
            privateMetadata = privateMetadata == null ? "" : privateMetadata;
        }
    }

    private final Jdbc jdbc;
    private final Clock clock;

    public OpenedViews(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a view about to be opened; @return the external id to open it with */
    public String record(String callbackId, String privateMetadata, String openedBy) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        OpenedView view = new OpenedView("nexus-" + HexFormat.of().formatHex(bytes), callbackId, privateMetadata,
                openedBy);
        jdbc.update("DELETE FROM opened_views WHERE opened_at < ?", clock.instant().minus(KEPT));
        jdbc.update("INSERT INTO opened_views (external_id, callback_id, private_metadata, opened_by, opened_at)"
                        + " VALUES (?, ?, ?, ?, ?)", view.externalId(), view.callbackId(), view.privateMetadata(),
                view.openedBy(), clock.instant());
        return view.externalId();
    }

    public Optional<OpenedView> find(String externalId) {
        if (externalId == null || externalId.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryFirst("SELECT external_id, callback_id, private_metadata, opened_by FROM opened_views"
                        + " WHERE external_id = ?", r -> new OpenedView(r.getString("external_id"),
                r.getString("callback_id"), r.getString("private_metadata"), r.getString("opened_by")), externalId);
    }
}
