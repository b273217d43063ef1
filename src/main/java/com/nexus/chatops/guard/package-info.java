/** Guards: one rule per class, each returning a Verdict with a human reason; a chain combines them. */
package com.nexus.chatops.guard;
