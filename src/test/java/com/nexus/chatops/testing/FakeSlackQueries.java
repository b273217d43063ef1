package com.nexus.chatops.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The read side of {@link FakeSlack}: recorded calls and the workspace as the app left it. */
public abstract class FakeSlackQueries {

    final FakeState state = new FakeState();
    final CallLog<Call> calls = new CallLog<>();
    final CallLog<ResponseUrlPost> responsePosts = new CallLog<>();

    FakeSlackQueries() {
    }

    public List<Call> calls() {
        return calls.all();
    }

    public List<Call> calls(String method) {
        return calls.matching(c -> c.method().equals(method));
    }

    /** Blocks until a call to {@code method} has arrived (returns the first one); fails on timeout. */
    public Call awaitCall(String method, Duration timeout) {
        return awaitCalls(method, 1, timeout).get(0);
    }

    public List<Call> awaitCalls(String method, int count, Duration timeout) {
        List<Call> found = calls.await(c -> c.method().equals(method), count, timeout);
        if (found == null) {
            throw new AssertionError("expected " + count + " call(s) to " + method + " within " + timeout
                    + " but the fake saw: " + calls.all().stream().map(Call::method).toList());
        }
        return found;
    }

    /** Forgets recorded calls (not workspace state), e.g. after a test's setup. */
    public void clearCalls() {
        calls.clear();
    }

    /** Bodies accepted at {@code responseUrl(id)}, in order. */
    public List<String> responseUrlPosts(String id) {
        return responsePosts.matching(p -> p.id().equals(id) && p.accepted()).stream()
                .map(ResponseUrlPost::body).toList();
    }

    /** Every post to any response URL, including ones refused after the fifth. */
    public List<ResponseUrlPost> allResponseUrlPosts() {
        return responsePosts.all();
    }

    public ResponseUrlPost awaitResponseUrlPost(String id, Duration timeout) {
        List<ResponseUrlPost> found = responsePosts.await(p -> p.id().equals(id), 1, timeout);
        if (found == null) {
            throw new AssertionError("no post to response URL " + id + " within " + timeout);
        }
        return found.get(0);
    }

    public Optional<FakeChannel> channel(String id) {
        return state.channel(id);
    }

    public Optional<FakeChannel> channelByName(String name) {
        return state.channelByName(name);
    }

    public List<FakeChannel> channels() {
        return state.channels();
    }

    /** Every message of the channel, thread replies included, oldest first. */
    public List<FakeMessage> messages(String channelId) {
        return state.messages(channelId);
    }

    public Optional<FakeMessage> message(String channelId, String ts) {
        return state.message(channelId, ts);
    }

    /** Timestamps of pinned messages, in pin order. */
    public List<String> pins(String channelId) {
        return state.pins(channelId);
    }

    public String topic(String channelId) {
        return state.channel(channelId).map(FakeChannel::topic).orElse(null);
    }

    public List<String> members(String channelId) {
        return state.channel(channelId).map(FakeChannel::members).orElse(List.of());
    }

    public List<FakeBookmark> bookmarks(String channelId) {
        return state.bookmarks(channelId);
    }

    public List<FakeView> views() {
        return state.views();
    }

    public List<FakeFile> files() {
        return state.files();
    }

    public List<FakeEphemeral> ephemerals() {
        return state.ephemerals();
    }

    public Optional<FakeUser> user(String id) {
        return state.user(id);
    }
}
