/** `nexus runbook lint`: runbooks checked against the service catalog and the seed runbooks they cite. */
package com.nexus.chatops.runbook.lint;
