/** Runbooks as Slack messages: the posted runbook with its step buttons, hints and progress, and the runbook list. */
package com.nexus.chatops.incident.runbook.view;
