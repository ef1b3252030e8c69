package io.jenkins.plugins.skylark.deploy.release.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnalysisTemplatesTest {

    @Test
    void shouldRunWhatAReleaseFileDefines() {
        AnalysisDefinition definition = new AnalysisDefinition("errors", "sum(rate(e{w=\"{{canaryWorkload}}\"}[{{interval}}]))",
                "sum(increase(r[{{interval}}]))", "== 0", Duration.ofSeconds(90), 3, 1, 0, 10, AnalysisErrorPolicy.FAIL);

        assertThat(AnalysisTemplates.from(definition)).isEqualTo(new AnalysisTemplate("errors",
                "sum(rate(e{w=\"{{canaryWorkload}}\"}[{{interval}}]))", "== 0", "sum(increase(r[{{interval}}]))", 10,
                "1m30s", 3, 1, 0, Verdict.FAILED));
    }

    @Test
    void shouldNameWhatTheRuntimeRefusesInADefinition() {
        AnalysisDefinition definition = new AnalysisDefinition("errors", "sum(x{pod=\"{{pod}}\"})", null, ">= 1",
                null, 1, 0, 0, 1, null);

        assertThatThrownBy(() -> AnalysisTemplates.from(definition)).isInstanceOf(InvalidAnalysisException.class)
                .hasMessageStartingWith("Analysis 'errors', field 'query': unknown placeholder(s) pod");
    }
}
