package com.nexus.chatops.action;

import com.nexus.chatops.action.aws.AwsSetup;
import com.nexus.chatops.action.k8s.KubernetesSetup;
import java.util.List;

/** Which infrastructure nexus can reach from here, said plainly at startup. */
public final class Capabilities {
    /** One line per capability: available or not, and why. */
    public record Capability(String name, boolean available, String detail) {
        public String describe() {
            return name + ": " + (available ? "available (" + detail + ")" : "unavailable — " + detail);
        }
    }

    private Capabilities() {}

    public static List<Capability> detect() {
        return List.of(KubernetesSetup.detect(), AwsSetup.detect());
    }
}
