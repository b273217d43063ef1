package com.nexus.chatops.command;

import com.nexus.chatops.core.NexusException;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import com.nexus.chatops.slack.Texts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every transport takes: text → parse → handler → reply. Counts and times each command
 * (tags: command, outcome, source) so /metrics shows what responders use and how long it takes.
 * Failures are turned into replies here, in one place: a {@link NexusException}'s message is shown as is,
 * anything else becomes "something went wrong" with a correlation id that matches the log line.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private final CommandParser parser;
    private final Handlers handlers;
    private final MeterRegistry meters;

    public Dispatcher(CommandParser parser, Handlers handlers, MeterRegistry meters) {
        this.parser = parser;
        this.handlers = handlers;
        this.meters = meters;
    }

    public Reply handle(Invocation invocation, String text) {
        Timer.Sample sample = Timer.start(meters);
        String verb = "invalid";
        String outcome = "error";
        try {
            ParseResult result = parser.parse(text);
            if (result instanceof ParseResult.Failure failure) {
                outcome = "rejected";
                return rejected(failure);
            }
            Command command = ((ParseResult.Parsed) result).command();
            verb = command.verb();
            Reply reply = run(invocation, command);
            outcome = "ok";
            return reply;
        } catch (NexusException e) {
            outcome = "failed";
            return Replies.notice(":x: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("[{}] /nexus {} failed for {}", invocation.correlationId(), text, invocation.userId(), e);
            return Replies.failure("`/nexus " + Mrkdwn.escape(Texts.cut(text == null ? "" : text.strip(), 80)) + "`", invocation.correlationId());
        } finally {
            sample.stop(Timer.builder("nexus.commands")
                    .description("Commands handled, by command word, outcome and transport")
                    .tags("command", verb, "outcome", outcome, "source", invocation.source())
                    .register(meters));
        }
    }

    private static Reply rejected(ParseResult.Failure failure) {
        String problem = failure.problem() + failure.suggestion().map(s -> " Did you mean `" + s + "`?").orElse("");
        String usage = "Usage: " + String.join("\n", failure.usage().lines().map(l -> "`/nexus " + Mrkdwn.escape(l) + "`").toList());
        return Replies.error(problem, usage, "`/nexus help` lists every command.");
    }

    private <C extends Command> Reply run(Invocation invocation, C command) {
        return handlers.find(command)
                .map(h -> h.handle(invocation, command))
                .orElseGet(() -> notAvailable(command));
    }

    private static Reply notAvailable(Command command) {
        String what = CommandTable.find(command.verb()).map(CommandSpec::summary).orElse(command.verb());
        return Replies.notice(":construction: `/nexus " + command.verb() + "` is not available yet: it will " + what + ".");
    }
}
