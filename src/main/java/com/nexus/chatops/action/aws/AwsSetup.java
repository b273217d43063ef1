package com.nexus.chatops.action.aws;

import com.nexus.chatops.action.Capability;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether an AWS credential source is present (environment keys, a profile, web identity, or the shared
 * files). The SDK's own chain decides at call time; this only tells the operator what to expect.
 */
public final class AwsSetup {
    private AwsSetup() {}

    public static Capability detect() {
        String region = firstNonBlank(System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"));
        String source = source();
        if (source == null) {
            return new Capability("AWS", false, "no credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE, web identity or ~/.aws)");
        }
        return new Capability("AWS", true, source + (region == null ? ", region from profile" : ", region " + region));
    }

    private static String source() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) {
            return "environment keys";
        }
        if (System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != null) {
            return "web identity";
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
