package com.nexus.chatops.command;

import static com.nexus.chatops.command.ParserFixture.failure;
import static com.nexus.chatops.command.ParserFixture.parsed;
import static com.nexus.chatops.command.ParserFixture.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsAndResponseCommandsTest {

    @Test
    void shouldParseEveryEcsAndRdsSubcommandWhenWellFormed() {
        assertThat(parsed("ecs status platform")).isEqualTo(new Command.EcsStatus("platform"));
        assertThat(parsed("ECS Redeploy platform")).isEqualTo(new Command.EcsRedeploy("platform"));
        assertThat(parsed("ecs scale platform 4")).isEqualTo(new Command.EcsScale("platform", 4));
        assertThat(parsed("rds status platform")).isEqualTo(new Command.RdsStatus("platform"));
        assertThat(parsed("rds snapshot platform")).isEqualTo(new Command.RdsSnapshot("platform"));
    }

    @Test
    void shouldParseDryRunOnEveryAwsWrite() {
        assertThat(parsed("ecs redeploy platform --dry-run")).isEqualTo(new Command.EcsRedeploy("platform", true));
        assertThat(parsed("ecs scale platform 4 --dry-run")).isEqualTo(new Command.EcsScale("platform", 4, true));
        assertThat(parsed("rds snapshot --dry-run platform")).isEqualTo(new Command.RdsSnapshot("platform", true));
        assertThat(failure("ecs status platform --dry-run").problem()).contains("--dry-run");
    }

    @Test
    void shouldSuggestRedeployWhenEcsRestartIsTyped() {
        ParseResult.Failure failure = failure("ecs restart platform");

        assertThat(failure.problem()).contains("Unknown `ecs` subcommand `restart`")
                .contains("`status`, `redeploy`, `scale`");
        assertThat(failure.suggestion()).contains("ecs redeploy");
        assertThat(failure.usage()).isEqualTo("ecs status <service>\necs redeploy <service> [--dry-run]"
                + "\necs scale <service> <count> [--dry-run]");
    }

    @Test
    void shouldSuggestNearestSubcommandWhenMisspelled() {
        assertThat(failure("rds snapshto platform").suggestion()).contains("rds snapshot");
    }

    @Test
    void shouldListSubcommandsWhenGroupIsTypedAlone() {
        ParseResult.Failure failure = failure("rds");

        assertThat(failure.problem()).contains("needs a subcommand").contains("`status`, `snapshot`");
        assertThat(failure.message()).contains("`/nexus rds status <service>`").contains("`/nexus rds snapshot <service> [--dry-run]`");
    }

    @Test
    void shouldValidateServiceAndCountWhenEcsScaling() {
        assertThat(failure("ecs scale platfrom 2").suggestion()).contains("platform");
        assertThat(shown(failure("ecs scale platform two"))).contains("&lt;count&gt; must be a whole number");
        assertThat(shown(failure("ecs status"))).contains("Missing &lt;service&gt;");
        assertThat(failure("ecs status platform extra").problem()).contains("Unexpected `extra`");
    }

    @Test
    void shouldTakeServiceOptionallyWhenOncallOrAlarms() {
        assertThat(parsed("oncall")).isEqualTo(new Command.Oncall(Optional.empty()));
        assertThat(parsed("oncall core-api")).isEqualTo(new Command.Oncall(Optional.of("core-api")));
        assertThat(parsed("alarms")).isEqualTo(new Command.Alarms(Optional.empty()));
        assertThat(parsed("alarms frontend")).isEqualTo(new Command.Alarms(Optional.of("frontend")));
        assertThat(failure("alarms frontnd").suggestion()).contains("frontend");
    }

    @Test
    void shouldTakeServiceAndMessageWhenPaging() {
        assertThat(parsed("page core-api checkout &lt;500s&gt; since 10:02"))
                .isEqualTo(new Command.Page("core-api", "checkout <500s> since 10:02"));
        assertThat(parsed("page core-api")).isEqualTo(new Command.Page("core-api", ""));
        assertThat(shown(failure("page"))).contains("Missing &lt;service&gt;");
    }

    @Test
    void shouldTakeRunbookNameWhenGiven() {
        assertThat(parsed("runbook")).isEqualTo(new Command.Runbook(Optional.empty()));
        assertThat(parsed("runbook High-Error-Rate")).isEqualTo(new Command.Runbook(Optional.of("high-error-rate")));
        assertThat(failure("runbook <#C1|ops>").problem()).contains("channel");
        assertThat(failure("runbook a b").problem()).contains("Unexpected `b`");
    }
}
