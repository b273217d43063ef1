package com.nexus.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.action.ActionResult;
import com.nexus.chatops.action.PlannedAction;
import com.nexus.chatops.action.Preview;
import com.nexus.chatops.config.ConfigLoader;
import com.nexus.chatops.config.NexusConfig;
import com.nexus.chatops.incident.ServiceAlarms;
import com.nexus.chatops.testing.RunningNexus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The alarms a declared incident's card lists come from the AWS catalog, and only for services with AWS resources. */
class EdgesAlarmsTest {
    private final List<ActionRequest> planned = new CopyOnWriteArrayList<>();

    @Test
    void shouldAskTheCatalogForAnAwsServicesAlarmsAndNothingForAKubernetesOnlyService() throws Exception {
        NexusConfig config = ConfigLoader.load(RunningNexus.exampleConfig());
        Edges edges = Edges.slackOnly(null).withActions(request -> {
            planned.add(request);
            return new PlannedAction() {
                public Preview preview() {
                    throw new AssertionError("a read has no preview");
                }

                public ActionResult execute(boolean dryRun) {
                    return ActionResult.of(":rotating_light: 1 CloudWatch alarm in ALARM");
                }
            };
        });
        ServiceAlarms alarms = edges.alarms(config);

        assertThat(alarms.summary("core-api")).isEmpty();
        assertThat(planned).isEmpty();
        assertThat(alarms.summary("platform")).contains(":rotating_light: 1 CloudWatch alarm in ALARM");
        assertThat(planned).containsExactly(new ActionRequest.Alarms(Optional.of("platform")));
    }
}
