/** Incident lifecycle: declare, roles, severity, updates, resolve, reminders, archive, pins, post-mortems and their commands. */
package com.nexus.chatops.incident.lifecycle;
