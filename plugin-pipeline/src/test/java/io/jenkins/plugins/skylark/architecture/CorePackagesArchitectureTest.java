package io.jenkins.plugins.skylark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Core packages (every package not ending in {@code .jenkins}) see no Jenkins types. */
class CorePackagesArchitectureTest {

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.skylark");

    @Test
    void shouldKeepJenkinsTypesOutOfCorePackages() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage("..jenkins")
                .should().dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..");

        rule.check(MAIN_CLASSES);
    }
}
