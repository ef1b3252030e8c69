package io.jenkins.plugins.skylark.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.jenkins.plugins.skylark.architecture.jenkins.AdapterUsingJenkins;
import io.jenkins.plugins.skylark.architecture.offender.CoreClassUsingJenkins;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** This module's core packages (every package whose last segment is not {@code jenkins}) see no Jenkins types. */
class CorePackagesArchitectureTest {

    private static final ArchRule CORE_HAS_NO_JENKINS_TYPES = noClasses()
            .that().resideOutsideOfPackage("..jenkins")
            .should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke..", "com.cloudbees..");

    @Test
    void shouldKeepJenkinsTypesOutOfCorePackages() throws URISyntaxException {
        // Only this module's main classes: the test harness (also io.jenkins.plugins.skylark) may use Jenkins.
        Path mainClasses = Path.of(PlatformModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        CORE_HAS_NO_JENKINS_TYPES.check(new ClassFileImporter().importPath(mainClasses));
    }

    @Test
    void shouldCatchACoreClassUsingAJenkinsTypeButAllowAdapters() {
        assertThatThrownBy(() -> CORE_HAS_NO_JENKINS_TYPES.check(
                new ClassFileImporter().importClasses(CoreClassUsingJenkins.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreClassUsingJenkins");
        assertThatCode(() -> CORE_HAS_NO_JENKINS_TYPES.check(
                new ClassFileImporter().importClasses(AdapterUsingJenkins.class, PlatformModel.class)))
                .doesNotThrowAnyException();
    }
}
