package com.nexus.chatops.ingress.console;

import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.core.References;
import com.nexus.chatops.guard.Click;
import com.nexus.chatops.guard.view.ActionReplies;
import com.nexus.chatops.ingress.Dispatcher;
import com.nexus.chatops.slack.PlainText;
import com.nexus.chatops.slack.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `/nexus …` typed (or piped) on stdin, answered on stdout as plain text — the same dispatcher, guards and
 * actions as Slack. Blank lines and `#` comments are skipped, so a file of commands can be replayed.
 * Commands are typed "in" the channel of the most recently declared open incident (or, once it is resolved,
 * still in that channel until another is declared), so channel-bound policy rules and `/nexus postmortem`
 * after a resolve behave as they do in Slack; before any incident they are typed in a channel named console.
 */
public final class Console {
    private static final String PROMPT = "nexus> ";
    /** The console cannot click: `confirm <id>`, `approve <id>` and `cancel <id>` stand for the buttons. */
    private static final Pattern CLICK = Pattern.compile("(confirm|approve|cancel)\\s+(\\S+)");
    private static final Place CONSOLE = new Place("console", "console");
    private final Dispatcher dispatcher;
    private final String userId;
    private final ActionReplies actions;
    private final Supplier<Optional<Place>> latestIncident;
    private Place here = CONSOLE;

    /** A channel: its id and name. */
    public record Place(String id, String name) {
    }

    /** Typed as {@code console:<user>}, always in the channel named console (tests of the command path). */
    public Console(Dispatcher dispatcher, String user) {
        this(dispatcher, "console:" + user, null, Optional::empty);
    }

    /**
     * @param userId         who the commands come from: {@code console:<name>}, or a Slack user id chosen with
     *                       {@code --as} so policy rules naming that user apply
     * @param latestIncident the channel of the most recently declared open incident, if any
     */
    public Console(Dispatcher dispatcher, String userId, ActionReplies actions,
                   Supplier<Optional<Place>> latestIncident) {
        this.dispatcher = dispatcher;
        this.userId = userId;
        this.actions = actions;
        this.latestIncident = latestIncident;
    }

    /** Reads until end of input or `exit`; returns the process exit code. */
    public int run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        return run(Lines.piped(in, out, interactive), out, interactive);
    }

    /** The same, reading from {@code lines} (a pipe, or a terminal with line editing and history). */
    public int run(Lines lines, PrintStream out, boolean interactive) throws IOException {
        if (interactive) {
            out.println("nexus console — type /nexus help, or exit to leave.");
        }
        return run(lines, out, PROMPT, interactive);
    }

    /** The same without the greeting, under {@code prompt} (the demo's responder types under their own name). */
    public int run(Lines lines, PrintStream out, String prompt, boolean interactive) throws IOException {
        while (true) {
            String line = lines.next(prompt);
            if (line == null) {
                if (interactive) {
                    out.println(); // Ctrl-D leaves the prompt's line: end it, so the shell's prompt starts clean
                }
                break;
            }
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.equals("exit") || text.equals("quit")) {
                break;
            }
            out.println(type(text));
            out.flush();
        }
        return 0;
    }

    /** One line typed here, answered as the console prints it. */
    public String type(String line) {
        String text = line.strip();
        here = latestIncident.get().orElse(here);
        Invocation inv = new Invocation(Invocation.CONSOLE, userId, here.id(), here.name(), References.next(), null);
        Matcher click = CLICK.matcher(text);
        Reply reply = actions != null && click.matches() ? click(click.group(1), click.group(2), inv)
                : dispatcher.handle(inv, text);
        return PlainText.render(reply);
    }

    private Reply click(String button, String pendingId, Invocation inv) {
        Click click = new Click(pendingId, inv.userId(), inv.channelId(), inv.channelName());
        return switch (button) {
            case "confirm" -> actions.confirm(click);
            case "approve" -> actions.approve(click);
            default -> actions.cancel(click);
        };
    }
}
