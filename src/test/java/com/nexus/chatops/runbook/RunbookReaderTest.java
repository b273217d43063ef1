package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading runbook files into records: stages in file order, action and manual steps, conditions, platforms. */
class RunbookReaderTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadEveryPartWhenTheRunbookIsComplete() {
        Files.write(dir, "high-error-rate.yml", """
                id: high-error-rate
                title: API high error rate
                severity: sev2
                summary: Error rate above 1% for 5 minutes.
                match:
                  patterns: ['error[ _-]?rate']
                  services: [core-api]
                sources:
                  - { seed: "000", section: "ALERT: Nexus API High Error Rate" }
                steps:
                  resolve:
                    - text: Roll back.
                      if: recent deployment
                      when: recent-deploy
                      run: k8s.rollback {service}
                  investigate:
                    - text: Check recent deployments.
                      run: k8s.history {service}
                    - text: Check Redis.
                      command: |
                        redis-cli -h redis.cache.amazonaws.com ping
                """);

        ReadResult read = RunbookReader.read(dir);

        assertThat(read.problems()).isEmpty();
        Runbook runbook = read.runbooks().get(0);
        assertThat(runbook.id()).isEqualTo("high-error-rate");
        assertThat(runbook.severity()).contains("sev2");
        assertThat(runbook.match().patterns()).singleElement()
                .satisfies(p -> assertThat(p.matcher("Nexus API High Error Rate").find()).isTrue());
        assertThat(runbook.match().services()).containsExactly("core-api");
        assertThat(runbook.sources()).containsExactly(new Citation("000", "ALERT: Nexus API High Error Rate"));
        assertThat(runbook.stages()).containsExactly(Stage.RESOLVE, Stage.INVESTIGATE);
        assertThat(runbook.steps()).extracting(s -> s.key().toString())
                .containsExactly("resolve-1", "investigate-1", "investigate-2");
        Step rollback = runbook.steps().get(0);
        assertThat(rollback.action()).contains(new ActionCall("k8s.rollback", new Target.IncidentService(), List.of()));
        assertThat(rollback.condition()).contains(new Condition(Optional.of("recent deployment"),
                Optional.of(Signal.RECENT_DEPLOY)));
        assertThat(rollback.platform()).contains(Platform.KUBERNETES);
        Step redis = runbook.steps(Stage.INVESTIGATE).get(1);
        assertThat(redis.instruction()).isEqualTo(new ManualCommand(
                Optional.of("redis-cli -h redis.cache.amazonaws.com ping")));
        assertThat(redis.platform()).isEmpty();
    }

    @Test
    void shouldTakeThePlatformFromThePlaceholdersWhenAManualStepUsesThem() {
        Files.runbook(dir, "ecs", """
                  investigate:
                    - text: Describe the service.
                      command: aws ecs describe-services --cluster {ecs.cluster} --services {ecs.service}
                    - text: Exec into the pod.
                      command: kubectl -n {namespace} exec -it deploy/{deployment} -- sh
                    - text: Open the RDS console.
                      for: rds
                """);

        List<Step> steps = RunbookReader.read(dir).runbooks().get(0).steps();

        assertThat(steps).extracting(Step::platform).containsExactly(Optional.of(Platform.ECS),
                Optional.of(Platform.KUBERNETES), Optional.of(Platform.RDS));
    }

    @Test
    void shouldReportTheLineAndStepWhenAStepBothRunsAndShowsACommand() {
        Path file = Files.runbook(dir, "both", """
                  investigate:
                    - text: First.
                      run: k8s.pods {service}
                    - text: Second.
                      run: k8s.events {service}
                      command: kubectl get events
                """);

        assertThat(RunbookReader.read(dir).problems()).extracting(Problem::toString).containsExactly(
                file + ":8: step investigate-2: has both run and command: a step either runs an action or shows a"
                        + " command");
    }

    @Test
    void shouldReportTheStepWhenItMixesPlaceholdersOfTwoPlatforms() {
        Path file = Files.runbook(dir, "mixed", """
                  investigate:
                    - text: Both at once.
                      command: kubectl -n {namespace} get pods && aws rds describe-db-instances --db-instance-identifier {rds.instance}
                """);

        assertThat(RunbookReader.read(dir).problems()).extracting(Problem::toString).containsExactly(
                file + ":6: step investigate-1: uses placeholders of kubernetes and rds; write one step per platform");
    }

    @Test
    void shouldReportTheConflictWhenForContradictsTheAction() {
        Path file = Files.runbook(dir, "conflict", """
                  investigate:
                    - text: Pods.
                      run: k8s.pods {service}
                      for: ecs
                """);

        assertThat(RunbookReader.read(dir).problems()).extracting(Problem::toString).containsExactly(
                file + ":8: step investigate-1 (for): says ecs, but k8s.pods acts on kubernetes");
    }

    @Test
    void shouldNameBothFilesWhenTwoRunbooksShareAnId() {
        Path first = Files.runbook(dir, "a", "  investigate:\n    - text: A.\n");
        Path second = Files.write(dir, "b.yml", Files.MINIMAL.formatted("a") + "steps:\n  investigate:\n    - text: B.\n");

        ReadResult read = RunbookReader.read(dir);

        assertThat(read.problems()).extracting(Problem::toString)
                .containsExactly(second + ":1: id: \"a\" is already the id of " + first + ":1");
    }

    @Test
    void shouldReadFilesInSubdirectoriesAndSkipOtherFilesWhenListingTheDirectory() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("aws"));
        Files.write(dir.resolve("aws"), "ecs.yaml", Files.MINIMAL.formatted("ecs") + "steps:\n  resolve:\n    - text: A.\n");
        Files.write(dir, "README.md", "# not a runbook\n");
        Files.write(dir, ".draft.yml", "not: [yaml\n");

        ReadResult read = RunbookReader.read(dir);

        assertThat(read.problems()).isEmpty();
        assertThat(read.runbooks()).extracting(Runbook::id).containsExactly("ecs");
    }

    @Test
    void shouldSayTheDirectoryIsMissingWhenItDoesNotExist() {
        Path missing = dir.resolve("nope");

        assertThat(RunbookReader.read(missing).problems()).extracting(Problem::toString)
                .containsExactly(missing + ": no such directory");
    }
}
