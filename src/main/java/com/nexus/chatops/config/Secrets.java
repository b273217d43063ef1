package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/** Renders secrets for logs: whether they are set and which kind of token, never the value. */
final class Secrets {
    private static final List<String> KNOWN_PREFIXES = List.of("xoxb-", "xoxp-", "xapp-", "xoxe-");

    private Secrets() {}

    static String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "(unset)";
        }
        return KNOWN_PREFIXES.stream().filter(secret::startsWith).findFirst().orElse("") + "…(set)";
    }

    static String mask(Optional<String> secret) {
        return mask(secret.orElse(null));
    }

    /** Hides user:password@ and password= parts of a URL, which JDBC URLs often carry. */
    static String maskUrl(String url) {
        return url.replaceAll("//[^/@]*@", "//***@")
                .replaceAll("(?i)(password|secret|token)=[^&;]*", "$1=***");
    }
}
