/** HTTP server: Jetty hosting Bolt, health, readiness and metrics endpoints. */
package com.nexus.chatops.ingress.http;
