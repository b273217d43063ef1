/** Incident lifecycle: declare, roles, severity, updates, reminders, resolve, timeline, postmortem. */
package com.nexus.chatops.incident;
