package com.nexus.chatops.command;

import com.nexus.chatops.slack.Replies;
import com.nexus.chatops.slack.Reply;

/** `/nexus help [command]`, straight from the parser's own table. */
public final class HelpHandler implements CommandHandler<Command.Help> {
    @Override
    public Reply handle(Invocation invocation, Command.Help help) {
        return Replies.notice(help.topic().map(HelpText::forCommand).orElseGet(HelpText::overview));
    }
}
