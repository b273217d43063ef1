package com.nexus.chatops.action.aws;

import com.nexus.chatops.core.NexusException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.rds.RdsClient;

/**
 * The SDK clients, one per service and region, built on first use and reused: building one reads the profile
 * files and the region chain, which a command should pay for once. One HTTP client and one credentials provider
 * (the SDK's default chain: environment, system properties, web identity, profile, container, instance role)
 * serve them all. Standard retry mode: throttling and transient failures are retried with backoff, 3 attempts.
 */
final class SdkClients implements AutoCloseable {
    private static final String DEFAULT_REGION = "";
    /** The SDK's own default: an endpoint that does not accept a connection in 2 s is not going to. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private final AwsSettings settings;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final Map<String, SdkClient> clients = new ConcurrentHashMap<>();

    SdkClients(AwsSettings settings) {
        this(settings, DefaultCredentialsProvider.builder().build());
    }

    SdkClients(AwsSettings settings, AwsCredentialsProvider credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(min(CONNECT_TIMEOUT, settings.attemptTimeout()))
                .socketTimeout(settings.attemptTimeout()).build();
    }

    EcsClient ecs(Optional<String> region) {
        return (EcsClient) clients.computeIfAbsent("ecs@" + region.orElse(DEFAULT_REGION),
                k -> build(EcsClient.builder(), region));
    }

    RdsClient rds(Optional<String> region) {
        return (RdsClient) clients.computeIfAbsent("rds@" + region.orElse(DEFAULT_REGION),
                k -> build(RdsClient.builder(), region));
    }

    CloudWatchClient cloudWatch(Optional<String> region) {
        return (CloudWatchClient) clients.computeIfAbsent("cloudwatch@" + region.orElse(DEFAULT_REGION),
                k -> build(CloudWatchClient.builder(), region));
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C extends SdkClient> C build(B builder,
            Optional<String> region) {
        region.map(Region::of).ifPresent(builder::region);
        settings.endpoint().ifPresent(builder::endpointOverride);
        builder.credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy())
                        .apiCallAttemptTimeout(settings.attemptTimeout()).apiCallTimeout(settings.callTimeout()));
        try {
            return builder.build();
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unable to load region")) {
                throw new NexusException(AwsSetup.notConfigured("no region (set aws.region for the service in"
                        + " nexus.yml, or AWS_REGION)"), e);
            }
            throw new NexusException("nexus could not set up its AWS client: " + e.getMessage(), e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        http.close();
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing the credential cache at shutdown: nothing useful to do about a failure
            }
        }
    }
}
