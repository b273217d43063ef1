/** Guard: one rule per class, each returning a Verdict with a human reason; a chain combines them; answers are data. */
package com.nexus.chatops.guard;
