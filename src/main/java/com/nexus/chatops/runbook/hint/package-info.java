/** Decision hints: the runbooks' "if recent deployment: roll back" conditions, evaluated on facts the adapters read. */
package com.nexus.chatops.runbook.hint;
