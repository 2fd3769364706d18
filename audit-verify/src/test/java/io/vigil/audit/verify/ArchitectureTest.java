package io.vigil.audit.verify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** audit-verify is what an auditor runs offline, so it must stay a plain Java library without frameworks. */
@AnalyzeClasses(packages = "io.vigil.audit.verify", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFrameworkDependencies = noClasses().that().resideInAPackage("io.vigil.audit.verify..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                    "com.fasterxml.jackson..", "org.springframework..");

    @ArchTest
    static final ArchRule theLibraryDoesNotDependOnItsCli = noClasses().that().resideInAPackage("io.vigil.audit.verify..")
            .and().resideOutsideOfPackage("io.vigil.audit.verify.cli..")
            .should().dependOnClassesThat().resideInAPackage("io.vigil.audit.verify.cli..");
}
