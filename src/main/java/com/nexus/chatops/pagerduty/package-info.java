/** PagerDuty at the edge: the REST and Events API clients (the only OkHttp users) and the webhook event model. */
package com.nexus.chatops.pagerduty;
