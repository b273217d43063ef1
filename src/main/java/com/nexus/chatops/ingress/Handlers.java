package com.nexus.chatops.ingress;

import com.nexus.chatops.command.Command;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The explicit list of what nexus can do today; a command with no handler says it is not available yet. */
public final class Handlers {
    private final Map<Class<? extends Command>, CommandHandler<? extends Command>> byType = new LinkedHashMap<>();

    public <C extends Command> Handlers register(Class<C> type, CommandHandler<C> handler) {
        if (byType.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("two handlers for " + type.getSimpleName());
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    <C extends Command> Optional<CommandHandler<C>> find(C command) {
        return Optional.ofNullable((CommandHandler<C>) byType.get(command.getClass()));
    }
}
