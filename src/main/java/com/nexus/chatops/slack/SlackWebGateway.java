package com.nexus.chatops.slack;

import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.view.View;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * {@link SlackGateway} over Bolt's async Web API client, which queues calls per method tier (and
 * chat.postMessage per channel) and re-enqueues after a 429's Retry-After — so nexus never hand-rolls either.
 */
public final class SlackWebGateway implements SlackGateway {
    private static final int LIST_PAGE = 1000;
    private final AsyncMethodsClient slack;

    public SlackWebGateway(AsyncMethodsClient slack) {
        this.slack = slack;
    }

    @Override
    public CompletableFuture<String> post(String channel, Reply reply) {
        return ok("chat.postMessage", slack.chatPostMessage(r -> r.channel(channel).text(reply.text())
                .blocks(blocks(reply))), resp -> resp.getTs());
    }

    @Override
    public CompletableFuture<String> postInThread(String channel, String threadTs, Reply reply) {
        return ok("chat.postMessage", slack.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                .text(reply.text()).blocks(blocks(reply))), resp -> resp.getTs());
    }

    @Override
    public CompletableFuture<Void> update(String channel, String ts, Reply reply) {
        return done("chat.update", slack.chatUpdate(r -> r.channel(channel).ts(ts).text(reply.text())
                .blocks(blocks(reply))));
    }

    @Override
    public CompletableFuture<Void> postEphemeral(String channel, String user, Reply reply) {
        return done("chat.postEphemeral", slack.chatPostEphemeral(r -> r.channel(channel).user(user)
                .text(reply.text()).blocks(blocks(reply))));
    }

    @Override
    public CompletableFuture<CreatedChannel> createChannel(String name) {
        return slack.conversationsCreate(r -> r.name(name).isPrivate(false)).thenApply(resp -> {
            if (resp.isOk()) {
                return new CreatedChannel.Created(resp.getChannel().getId(), resp.getChannel().getName());
            }
            if ("name_taken".equals(resp.getError())) {
                return new CreatedChannel.NameTaken(name);
            }
            throw new SlackCallException("conversations.create", resp.getError());
        });
    }

    @Override
    public CompletableFuture<Optional<String>> findChannel(String name) {
        return findChannel(name, "");
    }

    private CompletableFuture<Optional<String>> findChannel(String name, String cursor) {
        return ok("conversations.list", slack.conversationsList(r -> r.types(List.of(ConversationType.PUBLIC_CHANNEL))
                .excludeArchived(true).limit(LIST_PAGE).cursor(cursor)), resp -> resp).thenCompose(resp -> {
                    Optional<String> id = resp.getChannels().stream().filter(c -> name.equals(c.getName()))
                            .map(Conversation::getId).findFirst();
                    String next = resp.getResponseMetadata() == null ? null : resp.getResponseMetadata().getNextCursor();
                    return id.isPresent() || next == null || next.isEmpty()
                            ? CompletableFuture.completedFuture(id) : findChannel(name, next);
                });
    }

    @Override
    public CompletableFuture<Void> invite(String channel, Collection<String> users) {
        if (users.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return done("conversations.invite", slack.conversationsInvite(r -> r.channel(channel)
                .users(List.copyOf(users)).force(true)), "already_in_channel");
    }

    @Override
    public CompletableFuture<Void> setTopic(String channel, String topic) {
        return done("conversations.setTopic", slack.conversationsSetTopic(r -> r.channel(channel).topic(topic)));
    }

    @Override
    public CompletableFuture<Void> pin(String channel, String ts) {
        return done("pins.add", slack.pinsAdd(r -> r.channel(channel).timestamp(ts)), "already_pinned");
    }

    @Override
    public CompletableFuture<Void> bookmark(String channel, String title, String url) {
        return done("bookmarks.add", slack.bookmarksAdd(r -> r.channelId(channel).title(title).type("link").link(url)));
    }

    @Override
    public CompletableFuture<Void> archive(String channel) {
        return done("conversations.archive", slack.conversationsArchive(r -> r.channel(channel)), "already_archived");
    }

    @Override
    public CompletableFuture<String> permalink(String channel, String ts) {
        return ok("chat.getPermalink", slack.chatGetPermalink(r -> r.channel(channel).messageTs(ts)),
                resp -> resp.getPermalink());
    }

    @Override
    public CompletableFuture<Optional<String>> userEmail(String userId) {
        return ok("users.info", slack.usersInfo(r -> r.user(userId)),
                resp -> Optional.ofNullable(resp.getUser().getProfile()).map(p -> p.getEmail()));
    }

    @Override
    public CompletableFuture<Optional<String>> userName(String userId) {
        return ok("users.info", slack.usersInfo(r -> r.user(userId)), resp -> {
            var profile = resp.getUser().getProfile();
            return java.util.stream.Stream.of(profile == null ? null : profile.getDisplayName(),
                            profile == null ? null : profile.getRealName(), resp.getUser().getRealName())
                    .filter(n -> n != null && !n.isBlank()).findFirst();
        });
    }

    @Override
    public CompletableFuture<Optional<String>> userIdByEmail(String email) {
        return slack.usersLookupByEmail(r -> r.email(email)).thenApply(resp -> {
            if (resp.isOk()) {
                return Optional.of(resp.getUser().getId());
            }
            if ("users_not_found".equals(resp.getError())) {
                return Optional.empty();
            }
            throw new SlackCallException("users.lookupByEmail", resp.getError());
        });
    }

    @Override
    public CompletableFuture<List<String>> usergroupMembers(String usergroupId) {
        return ok("usergroups.users.list", slack.usergroupsUsersList(r -> r.usergroup(usergroupId)),
                resp -> List.copyOf(resp.getUsers()));
    }

    @Override
    public CompletableFuture<Void> openView(String triggerId, View view) {
        return done("views.open", slack.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    @Override
    public CompletableFuture<Void> publishHome(String userId, View view) {
        return done("views.publish", slack.viewsPublish(r -> r.userId(userId).view(view)));
    }

    @Override
    public CompletableFuture<Void> uploadText(String channel, String threadTs, String filename, String title,
                                              String content) {
        return done("files.uploadV2", slack.filesUploadV2(r -> r.channel(channel).threadTs(threadTs)
                .filename(filename).title(title).content(content)));
    }

    private static List<com.slack.api.model.block.LayoutBlock> blocks(Reply reply) {
        return reply.blocks().isEmpty() ? null : reply.blocks();
    }

    private static <R extends SlackApiTextResponse, T> CompletableFuture<T> ok(String method, CompletableFuture<R> call,
                                                                             Function<R, T> value) {
        return call.thenApply(resp -> {
            if (!resp.isOk()) {
                throw new SlackCallException(method, resp.getError());
            }
            return value.apply(resp);
        });
    }

    private static <R extends SlackApiTextResponse> CompletableFuture<Void> done(String method, CompletableFuture<R> call) {
        return ok(method, call, resp -> null);
    }

    /** Done also when Slack answers {@code alreadyDone} (already_pinned and the like): the state is as asked. */
    private static <R extends SlackApiTextResponse> CompletableFuture<Void> done(String method,
                                                                               CompletableFuture<R> call,
                                                                               String alreadyDone) {
        return call.thenAccept(resp -> {
            if (!resp.isOk() && !alreadyDone.equals(resp.getError())) {
                throw new SlackCallException(method, resp.getError());
            }
        });
    }
}
