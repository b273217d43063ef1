/** Slack ingress: Bolt handlers that ack within 3 s, dedupe through the inbox and hand work to the executor. */
package com.nexus.chatops.ingress.slack;
