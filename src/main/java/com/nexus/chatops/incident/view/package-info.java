/** Incident views: the card, Home tab, lists, modals, notices, timeline and comms messages in Block Kit and mrkdwn. */
package com.nexus.chatops.incident.view;
