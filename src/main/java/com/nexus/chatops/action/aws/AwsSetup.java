package com.nexus.chatops.action.aws;

import com.nexus.chatops.action.Capability;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an AWS credential source is present (environment keys, a profile, web identity, a container role, or
 * the shared files). The SDK's own chain decides at call time; this only tells the operator what to expect, and
 * looks at nothing but the environment and two files, so startup never loads the SDK.
 */
public final class AwsSetup {
    /** What the console's startup line and a failed AWS command both say when the chain finds no credentials. */
    static final String NO_CREDENTIALS = "no credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, web identity or ~/.aws)";

    private AwsSetup() {}

    public static Capability detect() {
        String region = firstNonBlank(System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"));
        String source = source();
        if (source == null) {
            return new Capability("AWS", false, NO_CREDENTIALS);
        }
        return new Capability("AWS", true, source + (region == null ? ", region from profile" : ", region " + region));
    }

    /** The reply to an AWS command when AWS cannot be used from here, in the words of the startup line. */
    static String notConfigured(String why) {
        return "AWS is not configured here: " + why;
    }

    private static String source() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
            return "environment keys";
        }
        if (System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != null) {
            return "web identity";
        }
        if (System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != null
                || System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != null) {
            return "container role";
        }
        if (System.getenv("AWS_PROFILE") != null) {
            return "profile " + System.getenv("AWS_PROFILE");
        }
        Path home = Path.of(System.getProperty("user.home"), ".aws");
        if (Files.exists(home.resolve("credentials")) || Files.exists(home.resolve("config"))) {
            return "shared config in ~/.aws";
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
