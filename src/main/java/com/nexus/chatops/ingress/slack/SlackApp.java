package com.nexus.chatops.ingress.slack;

import com.nexus.chatops.Nexus;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.servlet.http.HttpServlet;

/**
 * The Bolt app and, explicitly, every Slack listener nexus has. The same app serves HTTP (as a servlet) and
 * Socket Mode (over an outbound WebSocket, when an app token is set).
 */
public final class SlackApp implements AutoCloseable {
    private final App app;
    private SocketModeApp socket;

    private SlackApp(App app) {
        this.app = app;
    }

    /**
     * Building runs Bolt's default middleware, which checks the bot token with auth.test at once:
     * a bad token fails here, at startup, not on the first command.
     */
    public static SlackApp build(Slack slack, SlackSettings settings, Nexus nexus, WorkQueue work) {
        AppConfig config = AppConfig.builder()
                .signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken())
                .slack(slack)
                .allEventsApiAutoAckEnabled(true)
                .build();
        App app = new App(config);
        app.use(new InboxDedupe(nexus.database().inbox(), nexus.meters()));
        new SlashCommands(nexus.dispatcher(), work).register(app);
        new Mentions(nexus.slack()).register(app, work);
        new IncidentInteractions(nexus.incidents(), work).register(app);
        new IncidentEvents(nexus.incidents(), work).register(app);
        new CommsInteractions(nexus.comms(), nexus.slack(), work).register(app);
        new PagerDutyButtons(nexus.pagerDutyActions(), nexus.slack(), work).register(app);
        new PendingActionButtons(nexus.actions(), nexus.slack(), work).register(app);
        new CooldownOverrideListener(nexus.actions(), nexus.slack(), work).register(app);
        return new SlackApp(app);
    }

    /** For HTTP mode, mounted at /slack/events; Bolt verifies every request's signature and age. */
    public HttpServlet servlet() {
        return new SlackAppServlet(app);
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
