package io.jenkins.plugins.skylark.image;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The image engine (and the step's plan) is core: it runs on agents and in tests without any Jenkins type. */
class ImagePackageArchitectureTest {

    @Test
    void shouldNotDependOnJenkins() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.skylark.image..")
                .and().resideOutsideOfPackage("io.jenkins.plugins.skylark.image.jenkins") // the step's adapter
                .should().dependOnClassesThat().resideInAnyPackage(
                        "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.jenkins.plugins.skylark.image"));
    }
}
