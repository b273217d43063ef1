package com.nexus.chatops.runbook;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import java.nio.file.Path;

/** The service catalog runbook tests check against: the nexus.example.yml shipped at the repository root. */
final class Catalog {
    static final Path FILE = Path.of("nexus.example.yml");
    static final NexusConfig EXAMPLE = ConfigLoader.load(FILE);

    private Catalog() {}
}
