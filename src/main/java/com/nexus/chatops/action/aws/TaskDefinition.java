package com.nexus.chatops.action.aws;

/**
 * A task definition as ECS reports it (an ARN ending in {@code task-definition/family:revision}); {@code label}
 * is the family:revision responders know it by. An ARN not in that shape keeps its text and revision 0.
 */
public record TaskDefinition(String arn, String family, int revision) {

    static TaskDefinition of(String arn) {
        String text = arn == null ? "" : arn;
        String tail = text.substring(text.lastIndexOf('/') + 1);
        int colon = tail.lastIndexOf(':');
        if (colon > 0 && tail.substring(colon + 1).matches("[0-9]{1,9}")) {
            return new TaskDefinition(text, tail.substring(0, colon), Integer.parseInt(tail.substring(colon + 1)));
        }
        return new TaskDefinition(text, tail, 0);
    }

    public String label() {
        return revision == 0 ? family : family + ":" + revision;
    }
}
