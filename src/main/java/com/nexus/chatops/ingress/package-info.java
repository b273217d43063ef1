/** Ingress: translates Slack payloads, PagerDuty events and console lines; the dispatcher every door shares. */
package com.nexus.chatops.ingress;
