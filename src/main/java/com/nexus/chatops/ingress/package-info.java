/** Ingress: translates Slack payloads, PagerDuty events and console lines into commands; no decisions here. */
package com.nexus.chatops.ingress;
