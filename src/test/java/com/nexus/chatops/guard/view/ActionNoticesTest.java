package com.nexus.chatops.guard.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.action.ActionRequest;
import com.nexus.chatops.guard.Notice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After an interrupted run or a follow that stopped, the notice names the command that shows the target now. */
class ActionNoticesTest {

    @Test
    void shouldPointAtEcsOrRdsStatusForAnAwsWriteAndAtKubernetesForARollback() {
        assertThat(ActionNotices.of(new Notice.Interrupted(new ActionRequest.EcsRedeploy("platform"), "U0ALICE")))
                .contains("check with `/nexus ecs status platform`");
        assertThat(ActionNotices.of(new Notice.StoppedFollowing(new ActionRequest.RdsSnapshot("platform"),
                "AWS RDS did not answer in time"))).contains("Check with `/nexus rds status platform`");
        assertThat(ActionNotices.of(new Notice.Interrupted(new ActionRequest.Rollback("core-api", Optional.empty(),
                Optional.empty()), "U0ALICE"))).contains("check with `/nexus history core-api`");
        assertThat(ActionNotices.of(new Notice.StoppedFollowing(new ActionRequest.Scale("core-api", 4), "timeout")))
                .contains("Check with `/nexus pods core-api`");
    }
}
