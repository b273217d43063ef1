package com.nexus.chatops;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.nexus.chatops.slack.SlackCallException;
import com.nexus.chatops.slack.SlackCalls;
import com.nexus.chatops.slack.SlackGateway;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flow ingress → command → guard → action → audit/timeline → reply, pinned as rules. */
class LayeringTest {
    private static JavaClasses nexus;

    @BeforeAll
    static void importClasses() {
        nexus = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.nexus.chatops");
    }

    @Test
    void shouldKeepBoltRequestTypesInsideIngress() {
        noClasses().that().resideOutsideOfPackage("com.nexus.chatops.ingress..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack.api.bolt..", "com.slack.api.app_backend..")
                .check(nexus);
    }

    @Test
    void shouldKeepFabric8InsideTheKubernetesActions() {
        noClasses().that().resideOutsideOfPackages("com.nexus.chatops.action.k8s..", "com.nexus.chatops.demo..")
                .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
                .because("the demo's sandbox cluster is a vendor's far end, not a way nexus reaches Kubernetes")
                .check(nexus);
    }

    @Test
    void shouldKeepAwsSdkInsideTheAwsActions() {
        noClasses().that().resideOutsideOfPackage("com.nexus.chatops.action.aws..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .check(nexus);
    }

    @Test
    void shouldKeepOkHttpInsideThePagerDutyClient() {
        noClasses().that().resideOutsideOfPackage("com.nexus.chatops.pagerduty..")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .check(nexus);
    }

    @Test
    void shouldKeepCommandAndGuardFreeOfVendorSdks() {
        noClasses().that().resideInAnyPackage("com.nexus.chatops.command..", "com.nexus.chatops.guard..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "io.fabric8..",
                        "software.amazon.awssdk..", "okhttp3..")
                .check(nexus);
    }

    @Test
    void shouldLetOnlyTheWiringImportIngress() {
        classes().that().resideInAPackage("com.nexus.chatops.ingress..")
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("com.nexus.chatops", "com.nexus.chatops.ingress..")
                .check(nexus);
    }

    @Test
    void shouldKeepTopLevelPackagesFreeOfCycles() {
        slices().matching("com.nexus.chatops.(*)..").should().beFreeOfCycles().check(nexus);
    }

    @Test
    void shouldKeepEveryPackageFreeOfCyclesWithItsSubpackages() {
        slices().matching("com.nexus.chatops.(**)").should().beFreeOfCycles().check(nexus);
    }

    @Test
    void shouldKeepSlackRenderingOutOfCommandAndGuard() {
        noClasses().that().resideInAnyPackage("com.nexus.chatops.command..", "com.nexus.chatops.guard..")
                .and().resideOutsideOfPackage("..view..")
                .should().dependOnClassesThat(resideInAPackage("com.nexus.chatops.slack..")
                        .and(DescribedPredicate.not(belongToAnyOf(SlackGateway.class, SlackCalls.class,
                                SlackCallException.class))))
                .because("command and guard decide and return data; the view beside them renders it, and they"
                        + " reach Slack only as a gateway to call")
                .check(nexus);
    }

    @Test
    void shouldKeepConstructorsToSixParametersOutsideRecords() {
        constructors().that().areDeclaredInClassesThat(new DescribedPredicate<JavaClass>("are not records") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.isRecord() && !c.isAnonymousClass();
                    }
                })
                .should(new ArchCondition<JavaConstructor>("take at most 6 parameters") {
                    @Override
                    public void check(JavaConstructor c, ConditionEvents events) {
                        int count = c.getRawParameterTypes().size();
                        if (count > 6) {
                            events.add(SimpleConditionEvent.violated(c, c.getFullName() + " takes " + count
                                    + " parameters; group them in a parameter object"));
                        }
                    }
                })
                .check(nexus);
    }
}
