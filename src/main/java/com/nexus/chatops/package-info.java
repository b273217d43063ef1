/** nexus: a Slack ChatOps bot for incident channels; the entry points, the wiring (Nexus) and the command routes. */
package com.nexus.chatops;
