package io.jenkins.plugins.skylark.harness.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class PrometheusInstalledConditionTest {

    private String previous;

    @BeforeEach
    void pointAtAMissingBinary() {
        previous = System.setProperty(PrometheusServer.BINARY_PROPERTY, "/nonexistent/prometheus");
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(PrometheusServer.BINARY_PROPERTY);
        } else {
            System.setProperty(PrometheusServer.BINARY_PROPERTY, previous);
        }
    }

    @Test
    void shouldSkipWithTheReasonOutsideCi() {
        ConditionEvaluationResult result = new PrometheusInstalledCondition(Map.<String, String>of()::get).evaluate("analysis");

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("analysis").contains("/nonexistent/prometheus").contains("apt-get install -y prometheus"));
    }

    @Test
    void shouldRunOnCiSoTheMissingBinaryFailsTheTest() {
        ConditionEvaluationResult result = new PrometheusInstalledCondition(Map.of("CI", "true")::get).evaluate("analysis");

        assertThat(result.isDisabled()).isFalse();
    }

    @Test
    void shouldRunWhereTheBinaryIsInstalled() {
        System.setProperty(PrometheusServer.BINARY_PROPERTY, "/bin/sh");

        assertThat(new PrometheusInstalledCondition(Map.<String, String>of()::get).evaluate("analysis").isDisabled()).isFalse();
    }
}
