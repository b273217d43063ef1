package com.nexus.chatops.command;

/** Which {@link Need}s this nexus meets with its configuration and connections; asked when help is printed. */
@FunctionalInterface
public interface Capabilities {
    /** Everything counts as met (tests of the command language, a nexus that does not say). */
    Capabilities ALL = need -> true;

    boolean has(Need need);

    /** Whether this command can do anything here. */
    default boolean serves(CommandSpec spec) {
        return spec.need() == Need.NOTHING || has(spec.need());
    }
}
