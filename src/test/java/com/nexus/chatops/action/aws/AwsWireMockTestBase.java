package com.nexus.chatops.action.aws;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nexus.chatops.config.Ecs;
import com.nexus.chatops.config.Rds;
import com.nexus.chatops.config.Replicas;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fresh AwsServices per test against one WireMock per test class, at seed 004's platform service. */
abstract class AwsWireMockTestBase {
    static final Ecs PLATFORM = new Ecs("nexus-platform-production-cluster", "nexus-platform-production-service",
            new Replicas(2, 5));
    static final Rds DB = new Rds(RdsXml.INSTANCE);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:20:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static WireMockExtension server = FakeAws.server();

    final FakeAws aws = new FakeAws(server);
    AwsServices services;

    @BeforeEach
    void connect() {
        services = aws.services(aws.settings(CLOCK));
    }

    @AfterEach
    void close() {
        services.close();
    }

    EcsServices ecs() {
        return services.ecs(Optional.of(FakeAws.REGION));
    }

    RdsInstances rds() {
        return services.rds(Optional.of(FakeAws.REGION));
    }

    CloudWatchAlarms alarms() {
        return services.alarms(Optional.of(FakeAws.REGION));
    }
}
