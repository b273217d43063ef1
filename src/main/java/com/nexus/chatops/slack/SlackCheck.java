package com.nexus.chatops.slack;

import com.nexus.chatops.core.NexusException;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * Asks Slack once, before anything is built on the bot token, whom the token belongs to (auth.test), so that a
 * start that cannot work fails with one line naming the real cause: a name that does not resolve, a refused
 * connection, no answer, or Slack refusing the token.
 */
public final class SlackCheck {
    private SlackCheck() {}

    /** Why nexus cannot start against Slack; the message is one line, without the token. */
    public static final class Unusable extends NexusException {
        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** @throws Unusable when Slack cannot be reached or does not accept the token */
    public static void verify(String apiUrl, String botToken) {
        // an SDK of its own without call statistics: with them, a failed call logs a stack trace of its own
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        config.setHttpClientCallTimeoutMillis(15_000);
        AuthTestResponse response;
        try (Slack sdk = Slack.getInstance(config)) {
            response = sdk.methods().authTest(r -> r.token(botToken));
        } catch (IOException e) {
            throw new Unusable("Slack is unreachable at " + apiUrl + ": " + cause(e, host(apiUrl)), e);
        } catch (SlackApiException e) {
            String said = String.valueOf(e.getMessage());
            throw new Unusable("Slack answered auth.test with an error at " + apiUrl + " ("
                    + (said.length() > 200 ? said.substring(0, 199) + "…" : said)
                    + "; is SLACK_API_URL the Slack Web API?)", e);
        } catch (Exception e) {
            throw new Unusable("Slack could not be asked at " + apiUrl + ": " + e, e);
        }
        if (!response.isOk()) {
            throw new Unusable("Slack refused the bot token (" + response.getError() + "): check SLACK_BOT_TOKEN",
                    null);
        }
    }

    static String cause(IOException e, String host) {
        if (e instanceof UnknownHostException) {
            return "the name " + host + " does not resolve (DNS); check the network, a proxy, or SLACK_API_URL";
        }
        if (e instanceof ConnectException) {
            return "the connection to " + host + " was refused or failed (" + e.getMessage() + ")";
        }
        if (e instanceof InterruptedIOException) {
            return "no answer from " + host + " in time (" + e.getMessage() + ")";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake with " + host + " failed (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String host(String apiUrl) {
        try {
            String host = URI.create(apiUrl).getHost();
            return host == null ? apiUrl : host;
        } catch (IllegalArgumentException e) {
            return apiUrl;
        }
    }
}
