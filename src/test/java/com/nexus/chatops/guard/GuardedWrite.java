package com.nexus.chatops.guard;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.aws.FakeAws;
import java.util.Optional;

/**
 * The guarded writes the attack list runs against: the Kubernetes rollback (what ran is counted by FakeActions)
 * and the AWS writes through the real AWS catalog (what ran is the write requests WireMock received).
 */
enum GuardedWrite {
    K8S_ROLLBACK(new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty())),
    ECS_REDEPLOY(new ActionRequest.EcsRedeploy("platform")),
    ECS_SCALE(new ActionRequest.EcsScale("platform", 4)),
    RDS_SNAPSHOT(new ActionRequest.RdsSnapshot("platform"));

    final ActionRequest request;

    GuardedWrite(ActionRequest request) {
        this.request = request;
    }

    String service() {
        return request.service();
    }

    /** How many times the write really reached the infrastructure. */
    int reached(Harness h, FakeAws aws) {
        return switch (this) {
            case K8S_ROLLBACK -> h.infra.executed.size();
            case ECS_REDEPLOY, ECS_SCALE -> aws.ecsRequests("UpdateService").size();
            case RDS_SNAPSHOT -> aws.queryRequests("CreateDBSnapshot").size();
        };
    }
}
