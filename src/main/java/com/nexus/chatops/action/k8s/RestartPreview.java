package com.nexus.chatops.action.k8s;

import java.util.List;

/** The pods a rolling restart would replace, one by one, as the deployment's strategy allows. */
public record RestartPreview(String namespace, String deployment, List<String> pods) {
    public RestartPreview {
        pods = List.copyOf(pods);
    }
}
