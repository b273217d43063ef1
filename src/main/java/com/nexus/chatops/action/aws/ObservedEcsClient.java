package com.nexus.chatops.action.aws;

import java.util.function.Consumer;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.EcsServiceClientConfiguration;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;

/**
 * The client handed to the servicesStable waiter: it shows each answer the waiter polls to an observer, which
 * is how a progress line reaches the thread while the SDK does the waiting. Only DescribeServices is offered.
 */
final class ObservedEcsClient implements EcsClient {
    private final EcsClient delegate;
    private final Consumer<DescribeServicesResponse> observer;

    ObservedEcsClient(EcsClient delegate, Consumer<DescribeServicesResponse> observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public DescribeServicesResponse describeServices(DescribeServicesRequest request) {
        DescribeServicesResponse response = delegate.describeServices(request);
        observer.accept(response);
        return response;
    }

    @Override
    public EcsServiceClientConfiguration serviceClientConfiguration() {
        return delegate.serviceClientConfiguration();
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    /** The delegate is shared with every other ECS call; it is closed with the others. */
    @Override
    public void close() {
    }
}
