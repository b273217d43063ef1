package com.nexus.chatops.action.aws;

import com.nexus.chatops.config.Ecs;
import java.util.Map;

/** The words and ARNs for an ECS service in messages; nexus.yml may name the cluster and service by ARN. */
final class EcsTargets {
    static final String DESCRIBE = "ecs:DescribeServices";
    static final String UPDATE = "ecs:UpdateService";

    private EcsTargets() {}

    static AwsCall call(String action, Ecs target, String region) {
        String cluster = name(target.cluster());
        String service = name(target.service());
        return new AwsCall(action, subject(target), "arn:aws:ecs:" + region + ":*:service/" + cluster + "/" + service,
                region, action.equals(UPDATE), Map.of(
                        "ClusterNotFoundException", "The ECS cluster " + cluster,
                        "ServiceNotFoundException", subject(target),
                        "MISSING", subject(target)));
    }

    static String subject(Ecs target) {
        return "ECS service " + name(target.service()) + " in cluster " + name(target.cluster());
    }

    /** The last part of an ARN (cluster/name, service/cluster/name), or the name as given. */
    static String name(String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
    }
}
