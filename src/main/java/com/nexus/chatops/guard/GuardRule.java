package com.nexus.chatops.guard;

/** One rule of the chain; it reads the context and says allow, deny, or what must happen first. */
@FunctionalInterface
public interface GuardRule {
    Verdict check(Context context);
}
