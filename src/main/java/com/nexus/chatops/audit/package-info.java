/** Audit: append-only, hash-chained record of every verdict and action. */
package com.nexus.chatops.audit;
