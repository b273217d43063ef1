package com.nexus.chatops.config;

import java.util.List;
import java.util.Optional;

/** A service responders name in commands ({@code /nexus rollback core-api}); the key under services:. */
public record Service(String name, Optional<Kubernetes> kubernetes, Optional<PagerDutyRef> pagerduty,
                      Optional<Aws> aws, List<String> runbooks) {
    public Service {
        runbooks = List.copyOf(runbooks);
    }

    public Optional<Ecs> ecs() {
        return aws.flatMap(Aws::ecs);
    }

    public Optional<Rds> rds() {
        return aws.flatMap(Aws::rds);
    }

    /** The region of its AWS resources when nexus.yml names one; else AWS_REGION or the profile's decides. */
    public Optional<String> awsRegion() {
        return aws.flatMap(Aws::region);
    }

    /** The start of the names of its CloudWatch alarms: aws.alarmPrefix, else the service's own name. */
    public String alarmPrefix() {
        return aws.flatMap(Aws::alarmPrefix).orElse(name);
    }
}
