/** Slack at the edge: the gateway and its Web API adapter, Reply, mrkdwn helpers, waits and failure replies; no domain type. */
package com.nexus.chatops.slack;
