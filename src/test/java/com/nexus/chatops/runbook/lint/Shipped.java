package com.nexus.chatops.runbook.lint;

import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.runbook.RunbookLoader;
import com.nexus.chatops.runbook.Runbooks;
import java.nio.file.Path;

/** What the repository ships: runbooks/, the seeds in docs/seeds, and nexus.example.yml as the catalog. */
final class Shipped {
    static final Path RUNBOOKS = Path.of("runbooks");
    static final Path SEEDS_DIR = Path.of("docs/seeds");
    static final Path CONFIG = Path.of("nexus.example.yml");
    static final NexusConfig EXAMPLE = ConfigLoader.load(CONFIG);
    static final SeedIndex SEEDS = SeedIndex.load(SEEDS_DIR);

    private Shipped() {}

    static Runbooks runbooks() {
        return RunbookLoader.load(RUNBOOKS, EXAMPLE);
    }
}
