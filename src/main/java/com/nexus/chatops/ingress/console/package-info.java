/** Console ingress: /nexus lines from stdin, replies printed as plain text. */
package com.nexus.chatops.ingress.console;
