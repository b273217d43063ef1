package com.nexus.chatops.guard;

import static com.nexus.chatops.guard.PolicyFixture.RESPONDER;
import static com.nexus.chatops.guard.PolicyFixture.context;
import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** bounds: a scale stays within the bounds nexus.yml sets (core-api: 3–5 replicas; platform: 2–5 ECS tasks). */
class BoundsRuleTest {
    private final BoundsRule rule = new BoundsRule();

    @Test
    void shouldAllowAScaleWithinTheBounds() {
        assertThat(rule.check(context(RESPONDER, "sev2", new ActionRequest.Scale("core-api", 5))).reason())
                .isEqualTo("5 is within 3–5");
    }

    @Test
    void shouldDenyAScaleOutsideTheBoundsAndPointAtTheSetting() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.Scale("core-api", 2)));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).isEqualTo("core-api may be scaled to 3–5 replicas (services.core-api.kubernetes"
                + ".replicas in nexus.yml); 2 is outside — pick a count within the bounds, or change them");
    }

    @Test
    void shouldDenyAnEcsScaleOutsideTheServicesTaskCountAndPointAtTheSetting() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.EcsScale("platform", 9)));

        assertThat(v.denied()).isTrue();
        assertThat(v.reason()).isEqualTo("platform may be scaled to 2–5 tasks (services.platform.aws.ecs.count in"
                + " nexus.yml); 9 is outside — pick a count within the bounds, or change them");
    }

    @Test
    void shouldAllowAnEcsScaleWithinTheServicesTaskCount() {
        Verdict v = rule.check(context(RESPONDER, "sev2", new ActionRequest.EcsScale("platform", 2)));

        assertThat(v.denied()).isFalse();
        assertThat(v.reason()).isEqualTo("2 is within 2–5");
    }

    @Test
    void shouldLeaveEveryOtherActionAlone() {
        Verdict v = rule.check(context(RESPONDER, "sev2",
                new ActionRequest.Rollback("core-api", Optional.empty(), Optional.empty())));

        assertThat(v.denied()).isFalse();
        assertThat(v.reason()).isEqualTo("no bounds for k8s.rollback");
    }
}
