package com.nexus.chatops.action.aws;

import java.util.Map;

/**
 * One AWS call, described for its error message: the IAM action ({@code ecs:UpdateService}), what it acts on in
 * plain words and as the ARN an IAM policy would name, the region, whether it changes anything, and for each
 * "not found" error code the thing that code means is missing.
 */
record AwsCall(String action, String subject, String resource, String region, boolean write,
               Map<String, String> missing) {
    AwsCall {
        missing = Map.copyOf(missing);
    }

    /** ECS, RDS or CloudWatch, as a responder calls them. */
    String service() {
        String prefix = action.substring(0, action.indexOf(':'));
        return switch (prefix) {
            case "cloudwatch" -> "CloudWatch";
            default -> prefix.toUpperCase(java.util.Locale.ROOT);
        };
    }
}
