package com.nexus.chatops.config;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test YAML files under src/test/resources/config/. */
final class Resources {
    private Resources() {}

    static Path config(String name) {
        try {
            return Path.of(Resources.class.getResource("/config/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
