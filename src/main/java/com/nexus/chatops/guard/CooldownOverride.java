package com.nexus.chatops.guard;

import com.nexus.chatops.core.Texts;

/** A lead lifting the cooldown for one request, and why: audited, and shown on the fresh confirmation. */
public record CooldownOverride(String by, String reason) {
    static final int MAX_REASON = 500;

    public CooldownOverride {
        reason = Texts.cut(reason.strip(), MAX_REASON);
    }
}
