package com.nexus.chatops;

import com.nexus.chatops.demo.PagerDutyFake;
import com.nexus.chatops.demo.Transcript;
import com.nexus.chatops.demo.Walkthrough;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.ingress.console.Console;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** The demo's console, typed into by the person at the keyboard or by the walkthrough. */
final class DemoSession {
    private final Nexus nexus;
    private final Transcript transcript;
    private final PrintStream out;
    private final String responder;
    private final PagerDutyFake pagerDuty;

    DemoSession(Nexus nexus, Transcript transcript, String responder, PagerDutyFake pagerDuty) {
        this.nexus = nexus;
        this.transcript = transcript;
        this.out = transcript.printStream();
        this.responder = responder;
        this.pagerDuty = pagerDuty;
    }

    int run(boolean script, Incident incident) throws Exception {
        Console console = new Console(nexus.dispatcher(), responder, nexus.doors().actions());
        if (script) {
            return new Walkthrough(line -> type(console, line), transcript, out, "ada", pagerDuty::writes).play();
        }
        out.println();
        out.println("You are Ada (" + responder + "), a responder in the demo's nexus.yml, in #"
                + incident.channelName() + ". Try /nexus runbook, /nexus history core-api,"
                + " /nexus rollback core-api, /nexus update …, /nexus resolve …, /nexus postmortem; exit to leave.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        return console.run(in, out, System.console() != null);
    }

    /** One line into the console; what it answered (channel posts go to the transcript as they happen). */
    private String type(Console console, String line) throws Exception {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                reply.write(b);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                reply.write(b, off, len);
                out.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);
        console.run(new BufferedReader(new StringReader(line)), both, false);
        both.flush();
        return reply.toString(StandardCharsets.UTF_8);
    }
}
