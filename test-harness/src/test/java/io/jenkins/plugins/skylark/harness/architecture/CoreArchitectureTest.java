package io.jenkins.plugins.skylark.harness.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.jenkins.plugins.skylark.harness.architecture.sample.CleanCore;
import io.jenkins.plugins.skylark.harness.architecture.sample.LeakyCore;
import io.jenkins.plugins.skylark.harness.architecture.sample.ReachesIntoAdapter;
import io.jenkins.plugins.skylark.harness.architecture.sample.jenkins.Adapter;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

    @Test
    void shouldFlagACoreClassThatUsesAJenkinsType() {
        EvaluationResult result = evaluate(LeakyCore.class, CleanCore.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("LeakyCore")
                && line.contains("org.kohsuke.stapler.DataBoundConstructor"));
    }

    @Test
    void shouldFlagACoreClassThatReachesIntoAnAdapter() {
        EvaluationResult result = evaluate(ReachesIntoAdapter.class, Adapter.class, CleanCore.class);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("ReachesIntoAdapter") && line.contains("Adapter"));
    }

    @Test
    void shouldLetAdaptersUseJenkinsTypesAndCore() {
        EvaluationResult result = evaluate(Adapter.class, CleanCore.class);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void shouldTellAdapterPackagesFromCorePackages() {
        JavaClasses classes = new ClassFileImporter().importClasses(Adapter.class, CleanCore.class);

        assertThat(CoreArchitecture.ADAPTER.test(classes.get(Adapter.class))).isTrue();
        assertThat(CoreArchitecture.CORE.test(classes.get(CleanCore.class))).isTrue();
        assertThat(CoreArchitecture.CORE.test(classes.get(Adapter.class))).isFalse();
    }

    private static EvaluationResult evaluate(Class<?>... types) {
        return CoreArchitecture.CORE_HAS_NO_JENKINS_TYPES.evaluate(new ClassFileImporter().importClasses(types));
    }
}
