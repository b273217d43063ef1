package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.guard.IncidentPolicy;
import com.nexus.chatops.guard.SubmittedForms;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.incident.IncidentRepository;
import com.nexus.chatops.incident.lifecycle.Declarations;
import com.nexus.chatops.incident.lifecycle.PinRecorder;
import com.nexus.chatops.incident.lifecycle.Resolutions;
import com.nexus.chatops.incident.lifecycle.RoleChanges;
import com.nexus.chatops.incident.lifecycle.SeverityChanges;
import com.nexus.chatops.incident.lifecycle.StatusBoard;
import com.nexus.chatops.incident.lifecycle.StatusUpdates;
import com.nexus.chatops.incident.pagerduty.PagerDutyActions;
import com.nexus.chatops.incident.runbook.RunbookPosts;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.slack.SlackGateway;
import com.nexus.chatops.store.Inbox;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import java.time.Clock;

/**
 * The Bolt app and, explicitly, every Slack listener nexus has. The same app serves HTTP (as a servlet) and
 * Socket Mode (over an outbound WebSocket, when an app token is set).
 */
public final class SlackApp implements AutoCloseable {
    private final App app;
    private final String signingSecret;
    private SocketModeApp socket;

    /** What the listeners below use, each taking exactly its share. */
    public record Collaborators(Inbox inbox, MeterRegistry meters, Dispatcher dispatcher, SlackGateway slack,
                                NexusConfig config, IncidentRepository incidents, Declarations declarations,
                                RoleChanges roles, SeverityChanges severities, PinRecorder pins, StatusBoard status,
                                StatusUpdates updates, Resolutions resolutions, PagerDutyActions pagerDuty,
                                ActionReplies actions, IncidentPolicy incidentPolicy, SubmittedForms forms,
                                RunbookPosts runbooks) {
    }

    private SlackApp(App app, String signingSecret) {
        this.app = app;
        this.signingSecret = signingSecret;
    }

    /**
     * Building runs Bolt's default middleware, which checks the bot token with auth.test at once:
     * a bad token fails here, at startup, not on the first command.
     */
    public static SlackApp build(Slack sdk, SlackSettings settings, WorkQueue work, Collaborators c) {
        AppConfig config = AppConfig.builder()
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken())
                .slack(sdk)
                .allEventsApiAutoAckEnabled(true)
                // the token checked once here, at startup; never again on a request, which must not wait on Slack
                .authTestCacheExpirationMillis(-1L)
                // HTTP requests reach Bolt only through SignedBodyGate (servlet() below), which has checked the
                // signature and the timestamp both ways already; Bolt's second check computed the same HMAC again
                // with a per-call String.format of every byte (a quarter of an ack's CPU). Socket Mode is never
                // signed: Bolt skips the check there anyway.
                .requestVerificationEnabled(false)
                .build();
        App app = new App(config);
        Guards guards = new Guards(c.incidentPolicy(), c.forms());
        app.use(new InboxDedupe(c.inbox(), c.meters()));
        new SlashCommands(c.dispatcher(), work).register(app);
        new Mentions(c.slack()).register(app, work);
        new IncidentInteractions(c.incidents(), c.severities(), c.roles(), c.slack(), work, c.incidentPolicy())
                .register(app);
        new DeclareForm(c.config(), c.declarations(), c.slack(), work, guards).register(app);
        new IncidentEvents(c.pins(), c.status(), c.slack(), work).register(app);
        new CommsInteractions(c.incidents(), c.updates(), c.resolutions(), c.slack(), work, guards).register(app);
        new PagerDutyButtons(c.pagerDuty(), c.slack(), work).register(app);
        new PendingActionButtons(c.actions(), c.slack(), work).register(app);
        new CooldownOverrideListener(c.actions(), c.slack(), work, c.forms()).register(app);
        new RunbookButtons(c.dispatcher(), c.runbooks(), c.slack(), work).register(app);
        return new SlackApp(app, settings.signingSecret());
    }

    /**
     * For HTTP mode, mounted at /slack/events: bodies are bounded, signatures and timestamps (both ways) checked
     * before Bolt sees a byte. This is the only way an HTTP request reaches the app.
     */
    public HttpServlet servlet() {
        return new SignedBodyGate(new SlackAppServlet(app), signingSecret, Clock.systemUTC());
    }

    public void startSocketMode(String appToken) throws Exception {
        socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket, 4);
        socket.startAsync();
    }

    @Override
    public void close() throws Exception {
        if (socket != null) {
            socket.close();
        }
    }
}
