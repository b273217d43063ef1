/** Incidents: the stored incident, its repositories, and the ports the lifecycle reports through. */
package com.nexus.chatops.incident;
