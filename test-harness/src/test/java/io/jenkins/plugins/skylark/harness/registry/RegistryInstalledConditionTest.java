package io.jenkins.plugins.skylark.harness.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class RegistryInstalledConditionTest {

    private String previous;

    @BeforeEach
    void pointAtAMissingBinary() {
        previous = System.setProperty(LocalRegistry.BINARY_PROPERTY, "/nonexistent/docker-registry");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(LocalRegistry.BINARY_PROPERTY);
        } else {
            System.setProperty(LocalRegistry.BINARY_PROPERTY, previous);
        }
    }

    @Test
    void shouldSkipWithTheReasonOutsideCi() {
        ConditionEvaluationResult result = new RegistryInstalledCondition(Map.<String, String>of()::get).evaluate("push");

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("push").contains("/nonexistent/docker-registry"));
    }

    @Test
    void shouldRunOnCiSoTheMissingBinaryFailsTheTest() {
        ConditionEvaluationResult result = new RegistryInstalledCondition(Map.of("CI", "true")::get).evaluate("push");

        assertThat(result.isDisabled()).isFalse();
    }
}
