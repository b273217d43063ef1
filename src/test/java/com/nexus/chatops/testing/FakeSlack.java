package com.nexus.chatops.testing;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsClient;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful fake of the Slack Web API over real HTTP on 127.0.0.1. Point Bolt at
 * {@link #methodsUrlPrefix()} (or use {@link #methods()}), then assert on {@link #calls()} and the workspace.
 * A fresh fake holds the bot, user {@value SlackDefaults#USER_ID} and channel {@value SlackDefaults#CHANNEL_ID}.
 */
public final class FakeSlack extends FakeSlackQueries implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms a call.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final RateLimiter rateLimiter = new RateLimiter();
    private final Faults faults = new Faults();
    private volatile String socketModeUrl;
    private Slack slack;

    private FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-slack-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Map<String, SlackMethod> methods = new HashMap<>();
        new UserMethods(state).register(methods);
        new ChatMethods(state).register(methods);
        new ConversationMethods(state).register(methods);
        new ConversationReadMethods(state).register(methods);
        new PinBookmarkMethods(state).register(methods);
        new ViewMethods(state).register(methods);
        new FileMethods(state, id -> baseUri() + SideEndpoints.UPLOAD_PREFIX + id).register(methods);
        methods.put("apps.connections.open", p -> {
            if (socketModeUrl == null) {
                throw new SlackError("not_allowed_token_type");
            }
            return Json.object().put("url", socketModeUrl);
        });
        SideEndpoints side = new SideEndpoints(state, responsePosts);
        server.createContext("/api/", new ApiDispatcher(state, methods, rateLimiter, faults, calls,
                SlackDefaults.BOT_TOKEN));
        server.createContext(SideEndpoints.RESPONSE_PREFIX, side::responseUrl);
        server.createContext(SideEndpoints.UPLOAD_PREFIX, side::upload);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers apps.connections.open (with an xapp- token) with this WebSocket URL, e.g. a {@link FakeSocketMode}. */
    public FakeSlack socketModeUrl(String url) {
        this.socketModeUrl = url;
        return this;
    }

    public static FakeSlack start() {
        try {
            return new FakeSlack();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fake Slack server", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** For {@code SlackConfig.setMethodsEndpointUrlPrefix}: {@code http://127.0.0.1:PORT/api/}. */
    public String methodsUrlPrefix() {
        return baseUri() + "/api/";
    }

    /** A response_url on this server; posts to it show up in {@link #responseUrlPosts(String)}. */
    public String responseUrl(String id) {
        return baseUri() + SideEndpoints.RESPONSE_PREFIX + id;
    }

    /** Shrinks rate-limit windows: 0.01 makes a one-minute tier window last 600 ms. */
    public FakeSlack withTimeScale(double scale) {
        rateLimiter.timeScale(scale);
        return this;
    }

    public FakeSlack rateLimits(boolean enabled) {
        rateLimiter.enabled(enabled);
        return this;
    }

    /** Replaces a method's tier with this many calls per (scaled) minute. */
    public FakeSlack rateLimit(String method, int perMinute) {
        rateLimiter.override(method, perMinute);
        return this;
    }

    /** How many chat.postMessage calls one channel may burst before the one-per-second pace applies. */
    public FakeSlack postMessageBurst(int burst) {
        rateLimiter.postMessageBurst(burst);
        return this;
    }

    public FakeSlack injectLatency(Duration perCall) {
        faults.latency(perCall);
        return this;
    }

    public FakeSlack injectLatency(String method, Duration perCall) {
        faults.latency(method, perCall);
        return this;
    }

    /** The next {@code times} calls to {@code method} fail with this HTTP status (e.g. 500, 503). */
    public FakeSlack failNext(String method, int times, int httpStatus) {
        faults.add(method, new Faults.HttpFailure(httpStatus), times);
        return this;
    }

    /** Until {@link #recover()}, every Web API method answers HTTP {@code httpStatus}. */
    public FakeSlack failEveryMethod(int httpStatus) {
        faults.outage(new Faults.HttpFailure(httpStatus));
        return this;
    }

    /** Until {@link #recover()}, every Web API call is held unanswered (a minute at most). */
    public FakeSlack hangEveryMethod() {
        faults.hang(true);
        return this;
    }

    /** Ends {@link #failEveryMethod} and {@link #hangEveryMethod}: held calls are answered now. */
    public FakeSlack recover() {
        faults.outage(null);
        faults.hang(false);
        return this;
    }

    /** The next {@code times} calls get HTTP 429 with this Retry-After, whatever the real budget. */
    public FakeSlack rateLimitNext(String method, int times, int retryAfterSeconds) {
        faults.add(method, new Faults.ForcedRateLimit(retryAfterSeconds), times);
        return this;
    }

    /** The next call to {@code method} answers {@code {"ok":false,"error":slackError}}. */
    public FakeSlack errorNext(String method, String slackError) {
        return errorNext(method, slackError, 1);
    }

    public FakeSlack errorNext(String method, String slackError, int times) {
        faults.add(method, new Faults.ForcedError(slackError), times);
        return this;
    }

    public FakeSlack addUser(String id, String name, String email) {
        return addUser(FakeUser.human(id, name, email));
    }

    public FakeSlack addUser(FakeUser user) {
        state.addUser(user);
        return this;
    }

    public FakeSlack addUsergroup(String id, String handle, String... members) {
        state.addUsergroup(id, handle, Arrays.asList(members));
        return this;
    }

    /** A public channel with the bot and these members in it. */
    public FakeSlack addChannel(String id, String name, String... members) {
        List<String> all = new java.util.ArrayList<>(List.of(SlackDefaults.BOT_USER_ID));
        all.addAll(Arrays.asList(members));
        return addChannel(new FakeChannel(id, name, false, false, "", all, SlackDefaults.USER_ID,
                FakeState.nowSeconds()));
    }

    /** Any channel exactly as given, e.g. one the bot is not in (to provoke {@code not_in_channel}). */
    public FakeSlack addChannel(FakeChannel channel) {
        state.putChannel(channel);
        return this;
    }

    /** Seeds a message as if {@code userId} had typed it; returns it with its ts. */
    public FakeMessage postAs(String channelId, String userId, String text) {
        FakeMessage message = new FakeMessage(channelId, state.nextTs(), userId, text, null, null, null,
                List.of(), null);
        state.addMessage(message);
        return message;
    }

    /** A Bolt config aimed at this fake: stats off, and an executor name of its own (see the report on async). */
    public SlackConfig slackConfig() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(methodsUrlPrefix());
        config.setStatsEnabled(false);
        config.getMethodsConfig().setExecutorName("fake-slack-" + server.getAddress().getPort());
        return config;
    }

    public synchronized Slack slack() {
        if (slack == null) {
            slack = Slack.getInstance(slackConfig());
        }
        return slack;
    }

    public MethodsClient methods() {
        return slack().methods(SlackDefaults.BOT_TOKEN);
    }

    public AsyncMethodsClient methodsAsync() {
        return slack().methodsAsync(SlackDefaults.BOT_TOKEN);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        synchronized (this) {
            if (slack != null) {
                try {
                    slack.close();
                } catch (Exception ignored) {
                    // closing the client's pools cannot affect test outcomes
                }
            }
        }
    }
}
