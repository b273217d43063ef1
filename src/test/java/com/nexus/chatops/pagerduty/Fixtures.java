package com.nexus.chatops.pagerduty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Response bodies under src/test/resources/pagerduty/, each checked against the spec in OpenApiContractTest. */
public final class Fixtures {
    /** The body of an acknowledge request, as PagerDuty expects it. */
    public static final String ACKNOWLEDGE = "{\"incident\":{\"type\":\"incident_reference\",\"status\":\"acknowledged\"}}";

    private Fixtures() {
    }

    public static String read(String name) {
        String resource = "pagerduty/" + name;
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
