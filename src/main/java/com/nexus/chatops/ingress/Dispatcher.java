package com.nexus.chatops.ingress;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.command.ParseResult;
import com.nexus.chatops.command.view.CommandReplies;
import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.Failures;
import com.nexus.chatops.slack.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one path every transport takes: text → parse → handler → reply. Counts and times each command
 * (tags: command, outcome, source) so /metrics shows what responders use and how long it takes. A failure is
 * answered by {@link Failures} under the invocation's correlation id, which the log line carries too.
 */
public final class Dispatcher {
    private final CommandParser parser;
    private final Handlers handlers;
    private final MeterRegistry meters;

    public Dispatcher(CommandParser parser, Handlers handlers, MeterRegistry meters) {
        this.parser = parser;
        this.handlers = handlers;
        this.meters = meters;
    }

    public Reply handle(Invocation invocation, String text) {
        return handle(invocation, text, null);
    }

    /** The line as {@link #parse} read it; {@code parsed} null to read it here. */
    public Reply handle(Invocation invocation, String text, ParseResult parsed) {
        Timer.Sample sample = Timer.start(meters);
        String verb = "invalid";
        String outcome = "error";
        try {
            ParseResult result = parsed != null ? parsed : parser.parse(text);
            if (result instanceof ParseResult.Failure failure) {
                outcome = "rejected";
                return CommandReplies.rejected(failure);
            }
            Command command = ((ParseResult.Parsed) result).command();
            verb = command.verb();
            Reply reply = run(invocation, command);
            outcome = "ok";
            return reply;
        } catch (RuntimeException e) {
            outcome = e instanceof NexusException ? "failed" : "error";
            return Failures.reply(CommandReplies.typed(text), e, invocation.correlationId());
        } finally {
            sample.stop(Timer.builder("nexus.commands")
                    .description("Commands handled, by command word, outcome and transport")
                    .tags("command", verb, "outcome", outcome, "source", invocation.source())
                    .register(meters));
        }
    }

    /** Reads a line once, for {@link #kind(ParseResult)} and {@link #handle(Invocation, String, ParseResult)}. */
    public ParseResult parse(String text) {
        return parser.parse(text);
    }

    /** Which lane a parsed line should run in; help and a line that does not parse are answered at once. */
    public WorkKind kind(ParseResult result) {
        if (!(result instanceof ParseResult.Parsed parsed)) {
            return WorkKind.IMMEDIATE;
        }
        Command command = parsed.command();
        if (command instanceof Command.Help) {
            return WorkKind.IMMEDIATE;
        }
        if (command instanceof Command.Declare declare && !declare.title().isBlank()) {
            return WorkKind.INCIDENT_CREATION;
        }
        String action = command.action();
        boolean infrastructure = action.startsWith("k8s.") || action.startsWith("ecs.") || action.startsWith("rds.")
                || action.startsWith("cloudwatch.");
        return infrastructure ? WorkKind.INFRASTRUCTURE : WorkKind.REPLIES;
    }

    private <C extends Command> Reply run(Invocation invocation, C command) {
        return handlers.find(command)
                .map(h -> h.handle(invocation, command))
                .orElseGet(() -> CommandReplies.notAvailable(command));
    }
}
