/** Runbooks as data: the model, reading runbooks/ (NEXUS_RUNBOOKS), checking them against nexus.yml, matching pages. */
package com.nexus.chatops.runbook;
