package com.nexus.chatops.action.aws;

import java.util.function.Consumer;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.RdsServiceClientConfiguration;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsRequest;
import software.amazon.awssdk.services.rds.model.DescribeDbSnapshotsResponse;

/** The client handed to the DBSnapshotAvailable waiter: each answer it polls goes to an observer too. */
final class ObservedRdsClient implements RdsClient {
    private final RdsClient delegate;
    private final Consumer<DescribeDbSnapshotsResponse> observer;

    ObservedRdsClient(RdsClient delegate, Consumer<DescribeDbSnapshotsResponse> observer) {
        this.delegate = delegate;
        this.observer = observer;
    }

    @Override
    public DescribeDbSnapshotsResponse describeDBSnapshots(DescribeDbSnapshotsRequest request) {
        DescribeDbSnapshotsResponse response = delegate.describeDBSnapshots(request);
        observer.accept(response);
        return response;
    }

    @Override
    public RdsServiceClientConfiguration serviceClientConfiguration() {
        return delegate.serviceClientConfiguration();
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    /** The delegate is shared with every other RDS call; it is closed with the others. */
    @Override
    public void close() {
    }
}
