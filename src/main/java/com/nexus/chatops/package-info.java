/** nexus: a Slack ChatOps bot for incident channels; Main wires ingress → command → guard → action → audit/timeline → reply. */
package com.nexus.chatops;
