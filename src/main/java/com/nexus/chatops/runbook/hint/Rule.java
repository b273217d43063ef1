package com.nexus.chatops.runbook.hint;

import com.nexus.chatops.runbook.Signal;
import java.util.Optional;

/** One evaluable condition: a pure function of the facts, silent when they do not show it (or are missing). */
interface Rule {
    Signal signal();

    Optional<Hint> evaluate(Facts facts, HintSettings settings);
}
