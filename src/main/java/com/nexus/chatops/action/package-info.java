/** Actions: typed requests and the catalogs that plan them; the only place that talks to infrastructure. */
package com.nexus.chatops.action;
