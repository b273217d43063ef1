package com.nexus.chatops.runbook;

import com.nexus.chatops.config.Service;
import java.util.Arrays;
import java.util.Optional;

/** What a step acts on; a service that has no such section in nexus.yml does not get the step. */
public enum Platform {
    KUBERNETES("kubernetes"),
    ECS("ecs"),
    RDS("rds");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean of(Service service) {
        return switch (this) {
            case KUBERNETES -> service.kubernetes().isPresent();
            case ECS -> service.ecs().isPresent();
            case RDS -> service.rds().isPresent();
        };
    }

    public static Optional<Platform> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
