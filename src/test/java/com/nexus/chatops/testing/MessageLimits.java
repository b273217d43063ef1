package com.nexus.chatops.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The message limits Slack enforces, so code that would be rejected in production is rejected here too:
 * 40,000 text characters, 50 blocks, 3,000 per section text, 10 fields of 2,000, button value 2,000,
 * action_id 255, button text 75, and roughly 13,000 characters of block text overall.
 */
final class MessageLimits {

    static final int MAX_TEXT = 40_000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_BLOCK_TEXT_TOTAL = 13_000;

    private MessageLimits() {
    }

    /** Throws the Slack error the real API would answer, or returns normally. */
    static void check(String text, String blocksJson) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new SlackError("msg_too_long");
        }
        if (blocksJson == null) {
            return;
        }
        JsonNode blocks = Json.parseOrNull(blocksJson);
        if (blocks == null || !blocks.isArray() || blocks.size() > MAX_BLOCKS) {
            throw new SlackError("invalid_blocks");
        }
        int total = 0;
        for (JsonNode block : blocks) {
            if (!block.hasNonNull("type")) {
                throw new SlackError("invalid_blocks");
            }
            checkBlock(block);
            total += textLength(block);
        }
        if (total > MAX_BLOCK_TEXT_TOTAL) {
            throw new SlackError("msg_blocks_too_long");
        }
    }

    private static void checkBlock(JsonNode block) {
        if (block.path("text").path("text").asText("").length() > 3000) {
            throw new SlackError("invalid_blocks");
        }
        JsonNode fields = block.path("fields");
        if (fields.size() > 10) {
            throw new SlackError("invalid_blocks");
        }
        fields.forEach(f -> require(f.path("text").asText("").length() <= 2000));
        JsonNode elements = block.path("elements");
        elements.forEach(MessageLimits::checkElement);
        if (block.has("accessory")) {
            checkElement(block.get("accessory"));
        }
    }

    private static void checkElement(JsonNode element) {
        require(element.path("action_id").asText("").length() <= 255);
        if ("button".equals(element.path("type").asText())) {
            require(element.path("value").asText("").length() <= 2000);
            require(element.path("text").path("text").asText("").length() <= 75);
        }
    }

    private static void require(boolean withinLimit) {
        if (!withinLimit) {
            throw new SlackError("invalid_blocks");
        }
    }

    /** Sum of every "text" string in the block, however deeply nested. */
    private static int textLength(JsonNode node) {
        int sum = 0;
        for (var entry : node.properties()) {
            JsonNode value = entry.getValue();
            if (entry.getKey().equals("text") && value.isTextual()) {
                sum += value.asText().length();
            } else if (value.isContainerNode()) {
                sum += value.isArray() ? arrayTextLength(value) : textLength(value);
            }
        }
        return sum;
    }

    private static int arrayTextLength(JsonNode array) {
        int sum = 0;
        for (JsonNode item : array) {
            sum += item.isObject() ? textLength(item) : 0;
        }
        return sum;
    }
}
