package com.nexus.chatops.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

/**
 * The migration scripts of one vendor folder, named rather than found: Flyway's own provider scans the whole
 * jar (tens of thousands of entries) for them on every start of a store that needs migrating.
 * MigrationsLatestTest fails when a script in the folder is not in {@link #NAMES}.
 */
final class ListedScripts implements ResourceProvider {
    /** Every script, the same names in both folders. */
    static final List<String> NAMES = List.of("V1__core_schema.sql", "V2__statuspage.sql",
            "V5__pending_action_flow.sql", "V7__pending_action_lease.sql", "V8__pagerduty_sync.sql",
            "V11__runbook_posts.sql", "V12__opened_views.sql", "V13__incident_setup_lease.sql",
            "V14__store_heartbeat.sql", "V15__lean_inbox.sql");

    private final Location location;
    private final String folder;

    ListedScripts(String folder) {
        this.folder = folder;
        this.location = new Location("classpath:" + folder);
    }

    @Override
    public LoadableResource getResource(String name) {
        return NAMES.contains(name) ? resource(name) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return NAMES.stream()
                .filter(n -> n.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(n::endsWith))
                .map(this::resource).toList();
    }

    private LoadableResource resource(String name) {
        return new ClassPathResource(location, folder + "/" + name, ListedScripts.class.getClassLoader(),
                StandardCharsets.UTF_8);
    }
}
