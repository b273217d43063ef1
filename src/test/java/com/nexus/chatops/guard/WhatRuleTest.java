package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** what: the service is one nexus.yml describes, with the kind of target the action acts on. */
class WhatRuleTest {
    private final WhatRule rule = new WhatRule();

    @Test
    void shouldAllowAKubernetesActionOnAServiceWithADeployment() {
        assertThat(rule.check(context(RESPONDER, "sev2", new ActionRequest.Restart("core-api"))).reason())
                .isEqualTo("k8s.restart on core-api");
    }

    @Test
    void shouldDenyAKubernetesActionOnAServiceThatOnlyRunsOnAws() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.Restart("platform")));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).isEqualTo("platform has no Kubernetes deployment in nexus.yml (services.platform),"
                + " so k8s.restart cannot act on it");
    }

    @Test
    void shouldDenyAnUnknownServiceAndListTheKnownOnes() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.EcsStatus("payments")));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).startsWith("unknown service payments — known services: ").contains("core-api");
    }

    @Test
    void shouldAllowAnActionThatNamesNoService() {
        assertThat(rule.check(context(RESPONDER, "sev2", new ActionRequest.PagerDutyAck(Optional.empty()))).reason())
                .isEqualTo("pagerduty.ack names no service");
    }
}
