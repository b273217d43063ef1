/** PagerDuty ingress: the signed v3 webhook endpoint; verify, store in the inbox, answer at once, process later. */
package com.nexus.chatops.ingress.pagerduty;
