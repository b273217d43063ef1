package com.nexus.chatops.testing;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both fixtures against a real Bolt app in Jetty: signed requests in, Web API calls out to the fake. */
class SignedRequestOverHttpTest {

    private final SlackRequests slack = new SlackRequests(SlackDefaults.SIGNING_SECRET);
    private final CopyOnWriteArrayList<Integer> retryNums = new CopyOnWriteArrayList<>();
    private FakeSlack fake;
    private Server server;
    private URI base;

    @BeforeEach
    void startApp() throws Exception {
        fake = FakeSlack.start().rateLimits(false);
        App app = new App(AppConfig.builder().signingSecret(SlackDefaults.SIGNING_SECRET)
                .singleTeamBotToken(SlackDefaults.BOT_TOKEN).slack(fake.slack()).build());
        app.command("/nexus", (req, ctx) -> {
            app.executorService().submit(() -> ctx.respond("working on " + req.getPayload().getText()));
            return ctx.ack("got " + req.getPayload().getText());
        });
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            retryNums.add(ctx.getRetryNum() == null ? 0 : ctx.getRetryNum());
            ctx.client().chatPostMessage(r -> r.channel(payload.getEvent().getChannel()).text("welcome"));
            return ctx.ack();
        });
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), SlackRequests.EVENTS_PATH);
        server.setHandler(context);
        server.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterEach
    void stopApp() throws Exception {
        server.stop();
        fake.close();
    }

    @Test
    void shouldAckAndRespondViaResponseUrlWhenSignedCommandIsPosted() {
        HttpPoster.Result result = slack.slashCommand("status").responseUrl(fake.responseUrl("cmd-1")).send(base);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("got status");
        assertThat(result.elapsed()).isPositive().isLessThan(Duration.ofSeconds(3));
        // the ack's own message is handed to the response URL too (marked inAck), as Slack shows both
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(fake.allResponseUrlPosts().stream()
                .filter(p -> p.id().equals("cmd-1") && !p.inAck()).map(ResponseUrlPost::text))
                .containsExactly("working on status"));
        assertThat(fake.calls("auth.test")).isNotEmpty();
    }

    @Test
    void shouldAnswer401WhenSignatureIsTamperedStaleOrMissing() {
        assertThat(slack.slashCommand("status").tamperedSignature().send(base).status()).isEqualTo(401);
        assertThat(slack.slashCommand("status").staleTimestamp().send(base).status()).isEqualTo(401);
        assertThat(slack.slashCommand("status").unsigned().send(base).status()).isEqualTo(401);
        assertThat(fake.allResponseUrlPosts()).isEmpty();
    }

    @Test
    void shouldPassRetryNumberToHandlerAndCallTheFakeWhenEventIsRedelivered() {
        var event = slack.event("member_joined_channel").user("U0BOB").channel(SlackDefaults.CHANNEL_ID)
                .field("channel_type", "C").field("inviter", SlackDefaults.USER_ID);

        int first = event.send(base).status();
        int retried = event.retry(1, "http_timeout").send(base).status();

        assertThat(first).isEqualTo(200);
        assertThat(retried).isEqualTo(200);
        assertThat(retryNums).containsExactly(0, 1);
        assertThat(fake.awaitCalls("chat.postMessage", 2, Duration.ofSeconds(5)))
                .allSatisfy(c -> assertThat(c.param("text")).isEqualTo("welcome"));
    }

    @Test
    void shouldEchoChallengeWhenUrlVerificationIsPosted() {
        HttpPoster.Result result = slack.urlVerification("xyz").send(base);

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("xyz");
    }
}
