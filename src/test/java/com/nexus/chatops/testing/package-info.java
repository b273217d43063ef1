/** Test fixtures shared by every test: signed Slack requests and a stateful fake Slack Web API over real HTTP. */
package com.nexus.chatops.testing;
