/** PagerDuty two-way sync: webhook events drive incidents, Slack actions reach PagerDuty, on-call joins channels. */
package com.nexus.chatops.incident.pagerduty;
