package com.nexus.chatops.action.k8s;

import com.nexus.chatops.action.Capability;
import io.fabric8.kubernetes.client.Config;
import java.io.File;

/** Whether fabric8's own auto-configuration finds a cluster: a kubeconfig context or an in-cluster account. */
public final class KubernetesSetup {
    static final String NAME = "Kubernetes";

    private KubernetesSetup() {}

    public static Capability detect() {
        try {
            Config config = Config.autoConfigure(null);
            File file = config.getFile();
            if (file != null) {
                return new Capability(NAME, true, "kubeconfig " + file + ", context "
                        + (config.getCurrentContext() == null ? "(none)" : config.getCurrentContext().getName()));
            }
            if (System.getenv("KUBERNETES_SERVICE_HOST") != null) {
                return new Capability(NAME, true, "in-cluster service account");
            }
            return new Capability(NAME, false,
                    "no kubeconfig (KUBECONFIG or ~/.kube/config) and not running in a cluster");
        } catch (RuntimeException e) {
            return new Capability(NAME, false, "kubeconfig could not be read: " + e.getMessage());
        }
    }
}
