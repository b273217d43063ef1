package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.command.CommandParser;
import com.nexus.chatops.command.ParseResult;
import com.nexus.chatops.command.Vocabulary;
import com.nexus.chatops.config.Actions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The run lines runbooks may use are the commands responders type: every action step, on every service it suits,
 * stands for a /nexus command the real parser accepts, and every policy action is either a step or says why not.
 */
class StepGrammarTest {
    private static final CommandParser PARSER = new CommandParser(new Vocabulary(
            Catalog.EXAMPLE.services().keySet(), Catalog.EXAMPLE.severityWords()));

    private static void assertParses(String line) {
        ParseResult result = PARSER.parse(line);
        assertThat(result).as(line).isInstanceOf(ParseResult.Parsed.class);
    }

    @Test
    void shouldAccountForEveryPolicyActionWhenListingWhatAStepMayRun() {
        Set<String> covered = new HashSet<>(StepGrammar.SHAPES.keySet());
        covered.addAll(StepGrammar.NOT_STEPS.keySet());
        Set<String> actions = new HashSet<>(Actions.GUARDED);
        actions.addAll(Actions.INCIDENT);

        assertThat(covered).isEqualTo(actions);
    }

    @Test
    void shouldStandForACommandTheParserAcceptsWhenEveryActionIsWrittenOut() {
        List<String> lines = List.of("k8s.pods {service}", "k8s.logs {service} --previous --tail 50 --container api",
                "k8s.events {service}", "k8s.history {service}", "k8s.rollback {service} --to-revision 3 --dry-run",
                "k8s.restart {service} --dry-run", "k8s.scale {service} {replicas.max} --dry-run",
                "cloudwatch.alarms {service}", "cloudwatch.alarms", "pagerduty.ack", "pagerduty.page {service}",
                "incident.status", "incident.update monitoring", "incident.timeline", "incident.postmortem",
                "incident.oncall {service}", "incident.oncall");
        Set<String> seen = new HashSet<>();
        for (String run : lines) {
            ActionCall call = RunLine.parse(run).call().orElseThrow();
            seen.add(call.action());
            assertParses(call.commandLine(Optional.of("core-api"), Catalog.EXAMPLE).orElseThrow());
        }
        for (String run : List.of("ecs.status {service}", "ecs.redeploy {service}", "ecs.scale {service} 0",
                "rds.status {service}", "rds.snapshot {service}")) {
            ActionCall call = RunLine.parse(run).call().orElseThrow();
            seen.add(call.action());
            assertParses(call.commandLine(Optional.of("platform"), Catalog.EXAMPLE).orElseThrow());
        }

        assertThat(seen).isEqualTo(StepGrammar.SHAPES.keySet());
    }

    @Test
    void shouldStandForACommandTheParserAcceptsWhenAShippedStepRunsOnAnyService() {
        Runbooks shipped = RunbookLoader.load(Path.of("runbooks"), Catalog.EXAMPLE);
        int checked = 0;
        for (Runbook runbook : shipped.all()) {
            for (Step step : runbook.steps()) {
                for (String service : Catalog.EXAMPLE.services().keySet()) {
                    Optional<String> line = step.action().flatMap(c -> c.commandLine(Optional.of(service),
                            Catalog.EXAMPLE));
                    if (line.isPresent()) {
                        assertParses(line.get());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }
}
