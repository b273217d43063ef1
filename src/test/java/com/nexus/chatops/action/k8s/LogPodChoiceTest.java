package com.nexus.chatops.action.k8s;

import static com.nexus.chatops.action.k8s.Cluster.podObject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogPodChoiceTest {

    @Test
    void shouldPickNewestRunningPodWhenReadingCurrentLogs() {
        var old = podObject("old", "Running", true, 0, Duration.ofHours(2));
        var fresh = podObject("fresh", "Running", true, 0, Duration.ofMinutes(2));
        var pending = podObject("pending", "Pending", false, 0, Duration.ofSeconds(10));

        assertThat(Logs.choose(List.of(old, fresh, pending), false).getMetadata().getName()).isEqualTo("fresh");
    }

    @Test
    void shouldPickMostRestartedPodWhenReadingPreviousLogs() {
        var calm = podObject("calm", "Running", true, 0, Duration.ofMinutes(2));
        var crashy = podObject("crashy", "Running", false, 7, Duration.ofHours(1));

        assertThat(Logs.choose(List.of(calm, crashy), true).getMetadata().getName()).isEqualTo("crashy");
    }
}
