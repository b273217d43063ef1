/** Reply: Block Kit builders, plain-text rendering and the outbound Slack calls behind one small interface. */
package com.nexus.chatops.reply;
