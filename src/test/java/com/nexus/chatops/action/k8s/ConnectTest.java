package com.nexus.chatops.action.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectTest {

    @Test
    void shouldBuildAndCloseClientsWhenNoClusterIsReachable() {
        try (Deployments deployments = Deployments.connect()) {
            assertThat(deployments).isNotNull();
        }
    }
}
