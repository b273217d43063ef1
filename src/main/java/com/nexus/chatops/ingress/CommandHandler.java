package com.nexus.chatops.ingress;

import com.nexus.chatops.command.Command;
import com.nexus.chatops.command.Invocation;
import com.nexus.chatops.slack.Reply;

/** Runs one kind of command after parsing; registered explicitly in {@link Handlers}. */
@FunctionalInterface
public interface CommandHandler<C extends Command> {
    Reply handle(Invocation invocation, C command);
}
