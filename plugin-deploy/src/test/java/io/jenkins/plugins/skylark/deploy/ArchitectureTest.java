package io.jenkins.plugins.skylark.deploy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.jenkins.plugins.skylark.harness.architecture.CoreArchitecture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void shouldKeepJenkinsTypesOutOfCorePackages() {
        CoreArchitecture.CORE_HAS_NO_JENKINS_TYPES.check(new ClassFileImporter().importPath(Path.of("target/classes")));
    }
}
