package com.nexus.chatops.action.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkRequest;

/** Reads a built SDK request back field by field, so a dry run describes the very object a real run sends. */
final class SdkRequests {
    private SdkRequests() {}

    static PlannedCall describe(String action, SdkRequest request) {
        List<PlannedCall.Param> params = new ArrayList<>();
        for (SdkField<?> field : request.sdkFields()) {
            Object value = field.getValueOrDefault(request);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                params.add(new PlannedCall.Param(field.locationName(), text(value)));
            }
        }
        return new PlannedCall(action, params);
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}
