package com.nexus.chatops.config;

/** The bounds a scale command must stay within. */
public record Replicas(int min, int max) {
    /** Used when a service names no bounds: never to zero, never a runaway. */
    public static final Replicas DEFAULT = new Replicas(1, 10);

    public boolean allows(int replicas) {
        return replicas >= min && replicas <= max;
    }
}
