package com.nexus.chatops.runbook;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * runbook is domain: it reads config and the shared "did you mean" helper, parses YAML and checks the schema, and
 * knows nothing of Slack, the guards, the adapters or the incident; views and wiring build on it, not it on them.
 */
class RunbookDependenciesTest {
    private static final JavaClasses NEXUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.nexus.chatops.runbook");

    @Test
    void shouldDependOnlyOnConfigAndTheSharedKernelWhenReadingAndMatchingRunbooks() {
        classes().that().resideInAPackage("com.nexus.chatops.runbook..")
                .should().onlyDependOnClassesThat(resideInAnyPackage("com.nexus.chatops.runbook..",
                        "com.nexus.chatops.config..", "com.nexus.chatops.core..", "java..", "tools.jackson..",
                        "com.networknt.schema.."))
                .check(NEXUS);
    }
}
