/** Timeline: what happened in an incident, in order, each entry once however often its source is delivered. */
package com.nexus.chatops.timeline;
