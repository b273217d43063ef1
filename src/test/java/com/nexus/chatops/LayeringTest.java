package com.nexus.chatops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
        noClasses().that().resideOutsideOfPackage("com.nexus.chatops.action.k8s..")
                .should().dependOnClassesThat().resideInAPackage("io.fabric8..")
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
}
