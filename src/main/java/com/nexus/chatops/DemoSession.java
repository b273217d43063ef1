package com.nexus.chatops;

import com.nexus.chatops.demo.PagerDutyFake;
import com.nexus.chatops.demo.Transcript;
import com.nexus.chatops.demo.Walkthrough;
import com.nexus.chatops.incident.Incident;
import com.nexus.chatops.ingress.console.Console;
import com.nexus.chatops.ingress.console.Lines;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The demo's responder at the keyboard: the person typing, or the walkthrough. */
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
        // typed in the incident's channel as the configured member; `confirm <id>` / `cancel <id>` stand for buttons
        Console.Place channel = new Console.Place(incident.channelId(), incident.channelName());
        Console door = new Console(nexus.dispatcher(), responder, nexus.doors().actions(), () -> Optional.of(channel));
        if (script) {
            return new Walkthrough(line -> say(door.type(line)), transcript, out, "ada", pagerDuty::writes).play();
        }
        out.println();
        out.println("You are Ada (" + responder + "), a responder in the demo's nexus.yml, typing in #"
                + incident.channelName() + ". Try /nexus history core-api, /nexus rollback core-api (then the"
                + " confirm line it gives), /nexus update …, /nexus resolve …, /nexus postmortem; exit to leave.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        boolean interactive = System.console() != null;
        return door.run(Lines.piped(in, out, interactive), out, "ada> ", interactive);
    }

    private String say(String reply) {
        out.println(reply);
        return reply;
    }
}
