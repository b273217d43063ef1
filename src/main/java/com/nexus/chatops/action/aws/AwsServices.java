package com.nexus.chatops.action.aws;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * nexus's way into AWS, made at startup and connected on first use: creating it loads no SDK class, so a nexus
 * that never runs an AWS command never pays for the SDK. The clients are built once per service and region
 * and reused; credentials come from the SDK's default chain, the region from the service's aws.region in
 * nexus.yml, else AWS_REGION or the profile; AWS_ENDPOINT_URL is honoured by the SDK itself.
 */
public final class AwsServices implements AutoCloseable {
    private final AwsSettings settings;
    private final Supplier<SdkClients> connect;
    private SdkClients clients;

    AwsServices(AwsSettings settings, Supplier<SdkClients> connect) {
        this.settings = settings;
        this.connect = connect;
    }

    public static AwsServices connect() {
        return connect(AwsSettings.defaults());
    }

    public static AwsServices connect(AwsSettings settings) {
        return new AwsServices(settings, () -> new SdkClients(settings));
    }

    /** @param region the service's aws.region; empty for AWS_REGION or the profile's */
    public EcsServices ecs(Optional<String> region) {
        return new EcsServices(clients().ecs(region), settings);
    }

    public RdsInstances rds(Optional<String> region) {
        return new RdsInstances(clients().rds(region), clients().cloudWatch(region), settings);
    }

    public CloudWatchAlarms alarms(Optional<String> region) {
        return new CloudWatchAlarms(clients().cloudWatch(region));
    }

    /** The clock previews name snapshots by and views count ages from. */
    public java.time.Clock clock() {
        return settings.clock();
    }

    private synchronized SdkClients clients() {
        if (clients == null) {
            clients = connect.get();
        }
        return clients;
    }

    /** Closes the clients if any command made them. */
    @Override
    public synchronized void close() {
        if (clients != null) {
            clients.close();
        }
    }
}
