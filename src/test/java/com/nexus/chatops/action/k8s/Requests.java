package com.nexus.chatops.action.k8s;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.fabric8.mockwebserver.http.RecordedRequest;

/** The requests the mock server received after the first {@code before} ones (fixtures included in those). */
final class Requests {
    private Requests() {}

    static List<RecordedRequest> since(KubernetesMockServer server, int before) throws InterruptedException {
        List<RecordedRequest> all = new ArrayList<>();
        RecordedRequest next;
        while ((next = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
            all.add(next);
        }
        return all.subList(Math.min(before, all.size()), all.size());
    }
}
