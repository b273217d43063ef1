/**
 * Runbooks in incident channels: the best match posted (and bookmarked) when an incident opens, `/nexus runbook`,
 * step buttons turned into the command they stand for, progress kept and shown in place, hints read live.
 */
package com.nexus.chatops.incident.runbook;
