package com.nexus.chatops.action.k8s;

import java.time.Duration;

/** One line of `kubectl get pods -l app=…`: ready is "ready/total" containers, node is "<none>" before scheduling. */
public record PodRow(String name, String ready, String status, int restarts, Duration age, String node) {}
