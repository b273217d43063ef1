package com.nexus.chatops.slack;

import com.slack.api.model.view.View;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Every call nexus makes to Slack, behind one small interface. Calls are asynchronous so independent ones can
 * run in parallel (invite, topic, pin, bookmark); the implementation queues them per Slack rate tier and waits
 * out 429s. A Slack {@code ok:false} completes the future with a {@link SlackCallException} naming the error.
 */
public interface SlackGateway {

    /** Posts to a channel (or a user's DM when given a user id); returns the message ts. */
    CompletableFuture<String> post(String channel, Reply reply);

    /** Posts a reply in the thread of {@code threadTs}; returns the reply's ts. */
    CompletableFuture<String> postInThread(String channel, String threadTs, Reply reply);

    CompletableFuture<Void> update(String channel, String ts, Reply reply);

    CompletableFuture<Void> postEphemeral(String channel, String user, Reply reply);

    /** Creates a public channel; a taken name completes with {@link CreatedChannel.NameTaken}, not an error. */
    CompletableFuture<CreatedChannel> createChannel(String name);

    /** The id of the unarchived public channel with this name, if there is one (conversations.list, paged). */
    CompletableFuture<Optional<String>> findChannel(String name);

    /** Invites users; those already in the channel are not an error. */
    CompletableFuture<Void> invite(String channel, Collection<String> users);

    CompletableFuture<Void> setTopic(String channel, String topic);

    CompletableFuture<Void> pin(String channel, String ts);

    CompletableFuture<Void> bookmark(String channel, String title, String url);

    CompletableFuture<Void> archive(String channel);

    CompletableFuture<String> permalink(String channel, String ts);

    /** The user's profile email (needs users:read.email); empty when Slack has none. */
    CompletableFuture<Optional<String>> userEmail(String userId);

    /**
     * The name people know the user by (users.info: the profile's display name, else the real name); empty when
     * Slack has neither, or this door has no directory (the console).
     */
    default CompletableFuture<Optional<String>> userName(String userId) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    /** The Slack user with this email; empty when Slack answers users_not_found. */
    CompletableFuture<Optional<String>> userIdByEmail(String email);

    CompletableFuture<List<String>> usergroupMembers(String usergroupId);

    CompletableFuture<Void> openView(String triggerId, View view);

    CompletableFuture<Void> publishHome(String userId, View view);

    /** Uploads text as a file (a snippet), for output too long for a message. */
    CompletableFuture<Void> uploadText(String channel, String threadTs, String filename, String title, String content);

    /** The outcome of creating a channel. */
    sealed interface CreatedChannel {
        record Created(String id, String name) implements CreatedChannel {}

        record NameTaken(String name) implements CreatedChannel {}
    }
}
