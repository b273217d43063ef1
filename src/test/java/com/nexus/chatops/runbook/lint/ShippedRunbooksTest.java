package com.nexus.chatops.runbook.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nexus.chatops.runbook.MatchQuery;
import com.nexus.chatops.runbook.Problem;
import com.nexus.chatops.runbook.Runbook;
import com.nexus.chatops.runbook.RunbookMatch;
import com.nexus.chatops.runbook.RunbookMatcher;
import com.nexus.chatops.runbook.Runbooks;
import com.nexus.chatops.runbook.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The runbooks the repository ships: lint-clean against nexus.example.yml and the seeds, and matched as pages need. */
class ShippedRunbooksTest {
    private static final Runbooks RUNBOOKS = Shipped.runbooks();

    @Test
    void shouldPassTheLintWhenCheckingTheShippedRunbooks() {
        LintReport report = RunbookLint.lint(Shipped.RUNBOOKS, Shipped.EXAMPLE, Shipped.CONFIG, Shipped.SEEDS_DIR);

        assertThat(report.problems()).as("runbook lint problems").extracting(Problem::toString).isEmpty();
        assertThat(report.runbooks()).isEqualTo(RUNBOOKS.size());
    }

    @Test
    void shouldShipARunbookForEveryProcedureTheIssueNamesWhenListingThem() {
        assertThat(RUNBOOKS.all()).extracting(Runbook::id).contains(
                "high-error-rate", "high-latency", "pod-crashlooping", "service-down", "database-connection",
                "connection-pool-exhausted", "redis-cache", "out-of-disk", "ecs-service-down", "rds-performance",
                "database-recovery", "rollback-deploy", "scaling", "certificate-expiry", "secret-rotation",
                "incident-process");
    }

    @Test
    void shouldNameEveryFileAfterItsRunbookWhenLookingForOne() throws IOException {
        try (Stream<Path> files = Files.list(Shipped.RUNBOOKS)) {
            assertThat(files.map(f -> f.getFileName().toString())).allSatisfy(name ->
                    assertThat(RUNBOOKS.get(name.replaceFirst("\\.yml$", ""))).as(name).isPresent());
        }
    }

    @Test
    void shouldOfferAButtonForEveryServiceARunbookIsWrittenForWhenPostedThere() {
        for (Runbook runbook : RUNBOOKS.all()) {
            for (String service : runbook.match().services()) {
                assertThat(runbook.stepsFor(Shipped.EXAMPLE.service(service)))
                        .as("%s on %s", runbook.id(), service).anyMatch(Step::isAction);
            }
        }
    }

    /** The alerts and pages the seeds describe, as PagerDuty would title them, each with the runbook it needs. */
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
        "Nexus API High Error Rate, core-api, high-error-rate",
        "HighErrorRate, connector-service, high-error-rate",
        "ALARM: nexus-platform-production-high-error-rate, platform, high-error-rate",
        "Nexus API High Latency, core-api, high-latency",
        "HighResponseTime, metrics-api, high-latency",
        "Nexus Pod CrashLooping, frontend, pod-crashlooping",
        "NexusDown, api-gateway, service-down",
        "Platform down: health check failing, core-api, service-down",
        "Service Down: ECS running count 0, platform, ecs-service-down",
        "DatabaseDown, platform, database-connection",
        "Too many connections, core-api, connection-pool-exhausted",
        "Database connections > 90%, core-api, connection-pool-exhausted",
        "Redis connection refused, core-api, redis-cache",
        "Disk usage > 85%, core-api, out-of-disk",
        "HighMemoryUsage, auth-service, high-resource-usage",
        "ALARM: nexus-platform-production-high-cpu, platform, high-resource-usage",
        "RDS CPUUtilization high: slow queries, platform, rds-performance",
        "TLS certificate expires in 30 days, , certificate-expiry",
        "Something unusual, platform, quick-diagnostics",
        "Something unusual, core-api, high-error-rate",
    })
    void shouldPostTheRunbookTheSeedsPrescribeWhenAPageArrives(String title, String service, String expected) {
        Optional<RunbookMatch> best = new RunbookMatcher(RUNBOOKS, Shipped.EXAMPLE)
                .best(MatchQuery.of(title, service));

        assertThat(best).as("runbook for %s on %s", title, service).isPresent();
        assertThat(best.get().runbook().id()).as(best.get().reason()).isEqualTo(expected);
    }
}
