package com.nexus.chatops.command;

import static com.nexus.chatops.command.ParserFixture.UNCONFIGURED;
import static com.nexus.chatops.command.ParserFixture.failure;
import static com.nexus.chatops.command.ParserFixture.parsed;
import static com.nexus.chatops.command.ParserFixture.shown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KubernetesCommandsTest {

    @Test
    void shouldParseReadCommandsWhenGivenAKnownService() {
        assertThat(parsed("pods core-api")).isEqualTo(new Command.Pods("core-api"));
        assertThat(parsed("history frontend")).isEqualTo(new Command.History("frontend"));
        assertThat(parsed("events PLATFORM")).isEqualTo(new Command.Events("platform"));
    }

    @Test
    void shouldUseDefaultsWhenLogsHasNoOptions() {
        assertThat(parsed("logs core-api")).isEqualTo(new Command.Logs("core-api", false, 100, Optional.empty()));
    }

    @Test
    void shouldReadEveryOptionWhenLogsHasThemInAnyOrder() {
        assertThat(parsed("logs --tail 500 core-api --container=sidecar --previous"))
                .isEqualTo(new Command.Logs("core-api", true, 500, Optional.of("sidecar")));
        assertThat(parsed("logs core-api --tail=10000")).isEqualTo(new Command.Logs("core-api", false, 10000,
                Optional.empty()));
    }

    @Test
    void shouldRejectWhenLogsTailIsOutOfRangeOrMissing() {
        assertThat(failure("logs core-api --tail 0").problem()).contains("from 1 to 10000");
        assertThat(failure("logs core-api --tail 10001").problem()).contains("from 1 to 10000");
        assertThat(failure("logs core-api --tail lots").problem()).contains("not `lots`");
        assertThat(failure("logs core-api --tail").problem()).contains("needs a value").contains("--tail N");
        assertThat(failure("logs core-api --tail --previous").problem()).contains("needs a value");
        assertThat(failure("logs core-api --container Bad_Name").problem()).contains("not a container name");
    }

    @Test
    void shouldParseRollbackWhenRevisionIsGivenEitherWay() {
        assertThat(parsed("rollback core-api")).isEqualTo(new Command.Rollback("core-api", Optional.empty(), false));
        assertThat(parsed("rollback core-api --to-revision 41 --dry-run"))
                .isEqualTo(new Command.Rollback("core-api", Optional.of(41), true));
        assertThat(parsed("rollback --to-revision=7 core-api"))
                .isEqualTo(new Command.Rollback("core-api", Optional.of(7), false));
    }

    @Test
    void shouldAcceptDashesWhenSlackTurnedThemIntoAnEmDash() {
        assertThat(parsed("rollback core-api —dry-run")).isEqualTo(new Command.Rollback("core-api", Optional.empty(),
                true));
    }

    @Test
    void shouldRejectWhenRevisionIsNotPositive() {
        ParseResult.Failure failure = failure("rollback core-api --to-revision 0");

        assertThat(failure.problem()).contains("--to-revision must be a whole number from 1");
        assertThat(failure("rollback core-api --to-revision=-3").problem()).contains("not `-3`");
    }

    @Test
    void shouldShowUsageAndKnownServicesWhenRollbackHasNoService() {
        ParseResult.Failure failure = failure("rollback");

        assertThat(shown(failure)).contains("Missing &lt;service&gt;")
                .contains("Known services: `core-api`, `frontend`, `platform`");
        assertThat(failure.message()).endsWith("Usage: `/nexus rollback <service> [--to-revision N] [--dry-run]`");
    }

    @Test
    void shouldOmitKnownServicesWhenNoneAreConfigured() {
        assertThat(shown(failure(UNCONFIGURED, "rollback --dry-run"))).isEqualTo("Missing &lt;service&gt;.");
    }

    @Test
    void shouldSuggestNearestServiceWhenServiceIsMisspelled() {
        ParseResult.Failure failure = failure("rollback core-apj");

        assertThat(failure.message()).isEqualTo("Unknown service `core-apj`. Did you mean `core-api`?\n"
                + "Usage: `/nexus rollback <service> [--to-revision N] [--dry-run]`");
    }

    @Test
    void shouldListKnownServicesWhenUnknownServiceHasNoNearMatch() {
        ParseResult.Failure failure = failure("restart billing");

        assertThat(failure.suggestion()).isEmpty();
        assertThat(failure.problem()).contains("Unknown service `billing`").contains("`core-api`, `frontend`, `platform`");
    }

    @Test
    void shouldAcceptAnyWellFormedServiceWhenNoServicesAreConfigured() {
        assertThat(parsed(UNCONFIGURED, "rollback Billing-V2")).isEqualTo(new Command.Rollback("billing-v2",
                Optional.empty(), false));
        assertThat(failure(UNCONFIGURED, "rollback billing_v2").problem()).contains("not a service name");
        assertThat(failure(UNCONFIGURED, "pods " + "a".repeat(64)).problem()).contains("not a service name");
        assertThat(parsed(UNCONFIGURED, "pods " + "a".repeat(63))).isEqualTo(new Command.Pods("a".repeat(63)));
    }

    @Test
    void shouldRejectSlackReferencesWhenAServiceIsExpected() {
        assertThat(failure("rollback <#C123|core-api>").problem()).contains("channel (#core-api)").contains("service");
        assertThat(failure("pods <@U123ABC|bob>").problem()).contains("person (@bob)");
        assertThat(failure(UNCONFIGURED, "pods <https://example.com>").problem()).contains("link");
    }

    @Test
    void shouldSuggestNearestFlagWhenFlagIsUnknown() {
        ParseResult.Failure failure = failure("rollback core-api --dryrun");

        assertThat(failure.problem()).contains("Unknown option `--dryrun`").contains("`--to-revision`, `--dry-run`");
        assertThat(failure.suggestion()).contains("--dry-run");
        assertThat(failure("restart core-api -dry-run").suggestion()).contains("--dry-run");
    }

    @Test
    void shouldRejectOptionsWhenCommandHasNone() {
        assertThat(failure("pods core-api --dry-run").problem()).contains("`pods` has no options");
    }

    @Test
    void shouldRejectWhenFlagIsDuplicatedOrSwitchGetsAValue() {
        assertThat(failure("restart core-api --dry-run --dry-run").problem()).contains("given twice");
        assertThat(failure("restart core-api --dry-run=yes").problem()).contains("takes no value");
    }

    @Test
    void shouldRejectExtraPositionalWhenServiceIsAlreadyGiven() {
        ParseResult.Failure failure = failure("restart core-api frontend");

        assertThat(failure.problem()).contains("Unexpected `frontend`");
        assertThat(failure.usage()).isEqualTo("restart <service> [--dry-run]");
    }

    @Test
    void shouldParseScaleWhenReplicasIsAWholeNumber() {
        assertThat(parsed("scale core-api 5")).isEqualTo(new Command.Scale("core-api", 5, false));
        assertThat(parsed("scale core-api 0 --dry-run")).isEqualTo(new Command.Scale("core-api", 0, true));
    }

    @Test
    void shouldExplainReplicasWhenScaleGetsANonNumber() {
        ParseResult.Failure failure = failure("scale core-api lots");

        assertThat(shown(failure)).isEqualTo("&lt;replicas&gt; must be a whole number from 0 to 1000, not `lots`.");
        assertThat(failure.usage()).isEqualTo("scale <service> <replicas> [--dry-run]");
        assertThat(failure("scale core-api -1").problem()).contains("whole number");
        assertThat(failure("scale core-api 1001").problem()).contains("from 0 to 1000");
        assertThat(failure("scale core-api 99999999999999").problem()).contains("from 0 to 1000");
        assertThat(shown(failure("scale core-api"))).contains("Missing &lt;replicas&gt;");
    }
}
