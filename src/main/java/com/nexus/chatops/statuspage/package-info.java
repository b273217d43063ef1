/** Optional Atlassian Statuspage: the public mirror of an incident's status updates. */
package com.nexus.chatops.statuspage;
