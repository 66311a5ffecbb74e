package org.dmreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards, and each library stays in its one place. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dmreport");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.dmreport.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.dmreport.model..", "java..")
                .check(classes);
    }

    @Test
    void innerLayersDoNotReachOutwards() {
        noClasses().that().resideInAnyPackage("org.dmreport.input..", "org.dmreport.analysis..",
                        "org.dmreport.report..", "org.dmreport.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dmreport.cli..", "org.dmreport.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.dmreport.app..")
                .should().dependOnClassesThat().resideInAPackage("org.dmreport.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.dmreport.analysis..", "org.dmreport.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dmreport.input..", "org.dmreport.report..")
                .check(classes);
    }

    @Test
    void rulesAndFindingsStayPure() {
        // RuleWords reads the rules' documentation from the class path, once: metadata, not a check.
        noClasses().that().resideInAnyPackage("org.dmreport.rules..", "org.dmreport.findings..")
                .and().haveNameNotMatching("org\\.dmreport\\.rules\\.RuleWords(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.dmreport.input..", "org.dmreport.report..",
                        "org.dmreport.app..", "org.dmreport.cli..", "tools.jackson..", "com.networknt..", "java.io..",
                        "java.nio.file..")
                .check(classes);
        noClasses().that().resideInAPackage("org.dmreport.findings..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dmreport.rules..", "org.dmreport.analysis..")
                .check(classes);
    }

    @Test
    void theSchemaLibraryOnlyInTheValidator() {
        noClasses().that().doNotHaveFullyQualifiedName("org.dmreport.input.SchemaValidator")
                .should().dependOnClassesThat().resideInAPackage("com.networknt..")
                .check(classes);
    }

    @Test
    void picocliOnlyInTheCli() {
        noClasses().that().resideOutsideOfPackage("org.dmreport.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInInputAndTheJsonWriters() {
        noClasses().that().resideOutsideOfPackages("org.dmreport.input..", "org.dmreport.report..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .check(classes);
    }
}
