/** Guard views: confirmations, approvals, denials and outcomes worded for Slack, and the channel port that sends them. */
package com.nexus.chatops.guard.view;
