package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One fake Web API method: returns the success fields (without {@code ok}) or throws {@link SlackError}. */
@FunctionalInterface
interface SlackMethod {

    ObjectNode call(Params params);
}
