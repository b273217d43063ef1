package com.nexus.chatops.incident;

import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.config.Service;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service a typed title is about, when it names exactly one from the catalog — by its nexus name
 * ("core-api") or its deployment ("nexus-core-api") — so `/nexus declare sev2 Elevated 5xx on core-api` gets
 * the service's templates, runbooks and on-call without a form.
 */
public final class ServiceMention {
    private static final Pattern WORD = Pattern.compile("[^a-z0-9-]+");

    private ServiceMention() {}

    public static Optional<String> in(String title, NexusConfig config) {
        Set<String> words = Set.of(WORD.split(title.toLowerCase(Locale.ROOT)));
        var named = config.services().values().stream().filter(s -> mentions(words, s)).map(Service::name).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean mentions(Set<String> words, Service service) {
        return words.contains(service.name())
                || service.kubernetes().map(k -> words.contains(k.deployment())).orElse(false);
    }
}
