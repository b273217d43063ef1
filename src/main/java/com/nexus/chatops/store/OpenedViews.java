package com.nexus.chatops.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The modals nexus opened, by Slack view id, with the callback, private metadata and the user they were opened
 * for. A submission is honoured only when it matches one of these, so a view_submission for a view nexus never
 * opened (or sent by someone else) changes nothing. Rows older than a day are dropped: Slack's views live hours.
 */
public final class OpenedViews {
    static final Duration KEPT = Duration.ofDays(1);

    /** One opened view. */
    public record OpenedView(String viewId, String callbackId, String privateMetadata, String openedBy) {
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

    public void record(OpenedView view) {
        jdbc.update("DELETE FROM opened_views WHERE opened_at < ?", clock.instant().minus(KEPT));
        jdbc.update("INSERT INTO opened_views (view_id, callback_id, private_metadata, opened_by, opened_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (view_id) DO NOTHING", view.viewId(), view.callbackId(),
                view.privateMetadata(), view.openedBy(), clock.instant());
    }

    /** Records the view once Slack answers with its id; @return the same opening, failing if the record fails */
    public CompletableFuture<String> track(CompletableFuture<String> opening, String callbackId,
                                           String privateMetadata, String openedBy) {
        return opening.thenApply(viewId -> {
            if (viewId != null) {
                record(new OpenedView(viewId, callbackId, privateMetadata, openedBy));
            }
            return viewId;
        });
    }

    public Optional<OpenedView> find(String viewId) {
        if (viewId == null || viewId.isBlank()) {
            return Optional.empty();
        }
        return jdbc.queryFirst("SELECT view_id, callback_id, private_metadata, opened_by FROM opened_views"
                        + " WHERE view_id = ?", r -> new OpenedView(r.getString("view_id"), r.getString("callback_id"),
                r.getString("private_metadata"), r.getString("opened_by")), viewId);
    }
}
