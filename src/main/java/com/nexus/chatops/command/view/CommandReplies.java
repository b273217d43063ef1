package com.nexus.chatops.command.view;

import com.nexus.chatops.command.Capabilities;
import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.CommandSpec;
import com.nexus.chatops.command.CommandTable;
import com.nexus.chatops.command.Need;
import com.nexus.chatops.command.ParseResult;
import com.nexus.chatops.core.Texts;
import com.nexus.chatops.slack.Mrkdwn;
import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The replies of the command language itself: help, a line it could not parse, a command still to come. */
public final class CommandReplies {
    private static final int MAX_ECHOED_LINE = 80;
    private static final Map<Set<Need>, Reply> OVERVIEWS = new ConcurrentHashMap<>();

    private CommandReplies() {
    }

    public static Reply help(Optional<String> topic) {
        return help(topic, Capabilities.ALL);
    }

    /**
     * Help as this nexus can honour it: commands whose need is unmet here are marked with what they need. The
     * overview is printed once per set of met needs and the same reply handed out after, so an ack that carries
     * it can reuse its JSON too.
     */
    public static Reply help(Optional<String> topic, Capabilities here) {
        if (topic.isPresent()) {
            return Replies.notice(HelpView.forCommand(topic.get(), here));
        }
        Set<Need> met = EnumSet.noneOf(Need.class);
        for (Need need : Need.values()) {
            if (here.has(need)) {
                met.add(need);
            }
        }
        return OVERVIEWS.computeIfAbsent(met, m -> Replies.notice(HelpView.overview(here)));
    }

    /** What was wrong first (escaped here, once), then the usage, then where to find every command. */
    public static Reply rejected(ParseResult.Failure failure) {
        String usage = "Usage: " + String.join("\n", failure.usage().lines()
                .map(l -> "`/nexus " + Mrkdwn.escape(l) + "`").toList());
        return Replies.error(problem(failure), usage, "`/nexus help` lists every command.");
    }

    /** The problem as shown, with the nearest valid word for a near miss. */
    public static String problem(ParseResult.Failure failure) {
        return Mrkdwn.escape(failure.problem() + failure.suggestion().map(s -> " Did you mean `" + s + "`?")
                .orElse(""));
    }

    /** A command whose capability is still to come says what it will do, from its row in the table. */
    public static Reply notAvailable(Command command) {
        String what = CommandTable.find(command.verb()).map(CommandSpec::summary).orElse(command.verb());
        return Replies.notice(":construction: `/nexus " + command.verb() + "` is not available yet: it will " + what
                + ".");
    }

    /**
     * The line someone typed, as a failure reply names it: in a code span, cut to a readable length, with one
     * "/nexus" in front whether or not the line (typed in the console) began with it.
     */
    public static String typed(String text) {
        String line = (text == null ? "" : text.strip()).replaceFirst("^/nexus(\\s+|$)", "");
        return "`/nexus " + Mrkdwn.escape(Texts.cut(line, MAX_ECHOED_LINE)) + "`";
    }
}
