/** Command views: help and parse problems as Slack replies, escaped here once. */
package com.nexus.chatops.command.view;
