package com.nexus.chatops;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.References;
import com.nexus.chatops.guard.Click;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's responder typing in the incident's channel: a line goes through the same dispatcher as Slack and the
 * console, as the configured member, and `confirm <id>` / `cancel <id>` stand for the buttons.
 */
final class ResponderDoor {
    private static final Pattern CLICK = Pattern.compile("(confirm|cancel)\\s+(\\S+)");
    private final Nexus nexus;
    private final String responder;
    private final Incident incident;

    ResponderDoor(Nexus nexus, String responder, Incident incident) {
        this.nexus = nexus;
        this.responder = responder;
        this.incident = incident;
    }

    /** Reads lines until the end of input or `exit`, printing each reply; blank lines and `#` comments skipped. */
    int run(BufferedReader in, PrintStream out, boolean prompt) throws IOException {
        String line;
        while (prompt(out, prompt) && (line = in.readLine()) != null) {
            String text = line.strip();
            if (text.equals("exit") || text.equals("quit")) {
                return 0;
            }
            if (!text.isEmpty() && !text.startsWith("#")) {
                out.println(type(text));
            }
        }
        return 0;
    }

    private static boolean prompt(PrintStream out, boolean prompt) {
        if (prompt) {
            out.print("ada> ");
            out.flush();
        }
        return true;
    }

    /** The reply as the console prints it. */
    String type(String line) {
        Matcher click = CLICK.matcher(line.strip());
        Reply reply;
        if (click.matches()) {
            Click c = new Click(click.group(2), responder, incident.channelId(), incident.channelName());
            reply = click.group(1).equals("confirm") ? nexus.doors().actions().confirm(c)
                    : nexus.doors().actions().cancel(c);
        } else {
            reply = nexus.dispatcher().handle(new Invocation(Invocation.CONSOLE, responder, incident.channelId(),
                    incident.channelName(), References.next(), null), line.strip());
        }
        return PlainText.render(reply);
    }
}
