package org.dmreport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards, and each library stays in its one place. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dmreport");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.model..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.dmreport.model..", "java..")
                .check(classes);
    }

    @Test
    void innerLayersDoNotReachOutwards() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.dmreport.input..",
                        "org.dmreport.analysis..",
                        "org.dmreport.report..",
                        "org.dmreport.generate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.dmreport.cli..", "org.dmreport.app..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dmreport.cli..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("org.dmreport.analysis..", "org.dmreport.generate..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.dmreport.input..", "org.dmreport.report..")
                .check(classes);
    }

    /** The reader's jobs depend on one another downwards only, and none on the reader that runs them. */
    @Test
    void inputJobsFormNoCycleAndNeverReachTheReader() {
        SlicesRuleDefinition.slices()
                .matching("org.dmreport.input.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.input.*..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dmreport.input")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.input.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.dmreport.input.core..", "org.dmreport.model..", "java..")
                .check(classes);
    }

    @Test
    void rulesAndFindingsStayPure() {
        // RuleWords reads the rules' documentation from the class path, once: metadata, not a check.
        noClasses()
                .that()
                .resideInAnyPackage("org.dmreport.rules..", "org.dmreport.findings..")
                .and()
                .haveNameNotMatching("org\\.dmreport\\.rules\\.RuleWords(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.dmreport.input..",
                        "org.dmreport.report..",
                        "org.dmreport.app..",
                        "org.dmreport.cli..",
                        "tools.jackson..",
                        "com.networknt..",
                        "java.io..",
                        "java.nio.file..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.findings..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.dmreport.rules..", "org.dmreport.analysis..")
                .check(classes);
    }

    /**
     * A rule's ID is its own: nothing outside the rules compares it as a string, so renaming a rule
     * or its evidence cannot silently change what a report judges (it reads typed episodes).
     */
    @Test
    void noRuleIdIsWrittenOutsideTheRules() throws IOException {
        List<String> ids =
                RuleCatalog.descriptors().stream().map(RuleDescriptor::id).toList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/dmreport"))) {
            for (Path file : files.filter(
                            f -> f.toString().endsWith(".java") && !f.toString().contains("/rules/"))
                    .toList()) {
                String text = Files.readString(file);
                ids.stream().filter(id -> text.contains("\"" + id + "\"")).forEach(id -> found.add(file + ": " + id));
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theSchemaLibraryOnlyInTheValidator() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.dmreport.input.schema.SchemaValidator")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.networknt..")
                .check(classes);
    }

    /** The series store reads and writes points for analysis; it knows nothing of reading, rules or reports. */
    @Test
    void theStoreServesAnalysisOnly() {
        noClasses()
                .that()
                .resideInAPackage("org.dmreport.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.dmreport.cli..",
                        "org.dmreport.app..",
                        "org.dmreport.input..",
                        "org.dmreport.rules..",
                        "org.dmreport.report..")
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.dmreport.analysis..",
                        "org.dmreport.rules..",
                        "org.dmreport.report..",
                        "org.dmreport.input..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.dmreport.store..")
                .check(classes);
    }

    @Test
    void freemarkerOnlyInTheTemplates() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dmreport.report.template..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("freemarker..")
                .check(classes);
    }

    @Test
    void commonsCsvOnlyInTheTables() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dmreport.report.csv..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.commons.csv..")
                .check(classes);
    }

    /** Jackson's annotations shape the report's JSON, and only there: the model and analysis stay plain. */
    @Test
    void jacksonAnnotationsOnlyOnTheViewModel() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dmreport.report.view..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml.jackson.annotation..")
                .check(classes);
    }

    @Test
    void picocliOnlyInTheCli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.dmreport.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void jacksonOnlyInInputAndTheJsonWriters() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.dmreport.input..", "org.dmreport.report..", "org.dmreport.generate..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("tools.jackson..")
                .check(classes);
    }
}
