package com.nexus.chatops.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A step's run line: the action, its service and its options, or exactly what is wrong with them. */
class RunLineTest {

    private static ActionCall call(String run) {
        RunLine.Parsed parsed = RunLine.parse(run);
        assertThat(parsed.problems()).as(run).isEmpty();
        return parsed.call().orElseThrow();
    }

    private static List<String> problems(String run) {
        RunLine.Parsed parsed = RunLine.parse(run);
        assertThat(parsed.call()).as(run).isEmpty();
        return parsed.problems();
    }

    @Test
    void shouldReadTheServiceAndOptionsWhenTheLineIsComplete() {
        assertThat(call("k8s.logs {service} --previous --tail 100")).isEqualTo(
                new ActionCall("k8s.logs", new Target.IncidentService(), List.of("--previous", "--tail", "100")));
        assertThat(call("k8s.pods api-gateway")).isEqualTo(
                new ActionCall("k8s.pods", new Target.Named("api-gateway"), List.of()));
        assertThat(call("k8s.scale {service} {replicas.max}").args()).containsExactly("{replicas.max}");
        assertThat(call("ecs.scale {service} 0").args()).containsExactly("0");
        assertThat(call("incident.update identified").target()).isEqualTo(new Target.NoService());
        assertThat(call("cloudwatch.alarms").target()).isEqualTo(new Target.NoService());
        assertThat(call("cloudwatch.alarms {service}").target()).isEqualTo(new Target.IncidentService());
    }

    @Test
    void shouldSuggestTheActionWhenTheActionIsUnknown() {
        assertThat(problems("k8s.histroy {service}")).containsExactly("unknown action \"k8s.histroy\" (did you mean"
                + " \"k8s.history\"?); actions are the policy action names of nexus.yml, e.g. k8s.history");
    }

    @Test
    void shouldListTheMembersWhenAGroupIsNamed() {
        assertThat(problems("aws.read {service}")).containsExactly(
                "\"aws.read\" is a group of actions; name one of ecs.status, rds.status, cloudwatch.alarms");
    }

    @Test
    void shouldSayWhyNotWhenTheActionNeedsAPerson() {
        assertThat(problems("incident.assign commander")).singleElement().asString()
                .contains("cannot be a runbook step").contains("person").contains("manual step");
    }

    @Test
    void shouldAskForTheServiceWhenItIsMissing() {
        assertThat(problems("k8s.history")).containsExactly(
                "k8s.history needs a service: {service} (the incident's) or a service name");
        assertThat(problems("k8s.logs --previous")).contains(
                "k8s.logs needs a service: {service} (the incident's) or a service name");
    }

    @Test
    void shouldNameThePlaceholderWhenItIsNotService() {
        assertThat(problems("k8s.pods {svc}")).containsExactly(
                "unknown placeholder \"{svc}\"; the incident's service is {service}");
    }

    @Test
    void shouldSuggestTheOptionWhenAnOptionIsMisspelt() {
        assertThat(problems("k8s.logs {service} --prev")).containsExactly("k8s.logs has no option \"--prev\""
                + " (did you mean \"--previous\"?) (options: --container, --previous, --tail)");
    }

    @Test
    void shouldCheckTheValuesWhenOptionsAndArgumentsTakeOne() {
        assertThat(problems("k8s.logs {service} --tail")).containsExactly("--tail needs a whole number from 1");
        assertThat(problems("k8s.rollback {service} --to-revision latest")).containsExactly(
                "--to-revision must be a whole number from 1, found \"latest\"");
        assertThat(problems("k8s.scale {service}")).containsExactly("k8s.scale needs an argument after its"
                + " service: a whole number from 0, {replicas.max} or {replicas.min}");
        assertThat(problems("incident.update fixed")).containsExactly("incident.update's argument must be"
                + " investigating, identified, monitoring or resolved, found \"fixed\"");
    }

    @Test
    void shouldRefuseExtraWordsWhenTheActionTakesNoMore() {
        assertThat(problems("k8s.pods {service} now")).containsExactly(
                "unexpected \"now\" after k8s.pods (it takes nothing more)");
        assertThat(problems("")).containsExactly("names no action");
    }
}
