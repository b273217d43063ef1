package com.nexus.chatops.ingress.console;

import com.nexus.chatops.command.Dispatcher;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.reply.PlainText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.UUID;

/**
 * `/nexus …` typed (or piped) on stdin, answered on stdout as plain text — the same dispatcher, guards and
 * actions as Slack. Blank lines and `#` comments are skipped, so a file of commands can be replayed.
 */
public final class Console {
    private final Dispatcher dispatcher;
    private final String user;

    public Console(Dispatcher dispatcher, String user) {
        this.dispatcher = dispatcher;
        this.user = user;
    }

    /** Reads until end of input or `exit`; returns the process exit code. */
    public int run(BufferedReader in, PrintStream out, boolean interactive) throws IOException {
        if (interactive) {
            out.println("nexus console — type /nexus help, or exit to leave.");
        }
        String line;
        while (prompt(out, interactive) && (line = in.readLine()) != null) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.equals("exit") || text.equals("quit")) {
                break;
            }
            Invocation inv = new Invocation(Invocation.CONSOLE, "console:" + user, "console", "console",
                    UUID.randomUUID().toString().substring(0, 10), null);
            out.println(PlainText.render(dispatcher.handle(inv, text)));
            out.flush();
        }
        return 0;
    }

    private static boolean prompt(PrintStream out, boolean interactive) {
        if (interactive) {
            out.print("nexus> ");
            out.flush();
        }
        return true;
    }
}
