/** Actions: the only place that talks to infrastructure. */
package com.nexus.chatops.action;
