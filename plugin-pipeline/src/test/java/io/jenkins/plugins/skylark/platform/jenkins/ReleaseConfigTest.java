package io.jenkins.plugins.skylark.platform.jenkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hudson.util.FormValidation;
import io.jenkins.plugins.skylark.harness.ViewerLanguage;
import io.jenkins.plugins.skylark.platform.InvalidPlatformModelException;
import io.jenkins.plugins.skylark.platform.ReleaseSettings;
import io.jenkins.plugins.skylark.platform.TestPlatform;
import io.jenkins.plugins.skylark.platform.ValidationProblem;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Release settings and project analyses as the form and Configuration as Code bind them: converted to the
 * model, unparseable values and broken rules reported naming the field, form checks with the core's rules.
 */
class ReleaseConfigTest {

    @Test
    void shouldConvertTheReleaseSettingsToTheCoreModel() {
        assertThat(TestConfigs.withRelease().toModel(Locale.ENGLISH)).isEqualTo(TestPlatform.validWithRelease());
        assertThat(TestConfigs.valid().toModel(Locale.ENGLISH).environment("shop", "prod").orElseThrow().release())
                .isEqualTo(ReleaseSettings.NONE);
    }

    @Test
    void shouldReportAnUnparseableDelayAndTheRulesOfTheNewFieldsTogether() {
        PlatformConfig config = TestConfigs.withRelease();
        EnvironmentConfig prod = config.getEnvironments().get(0);
        prod.setScaleDownDelay("90");
        prod.setReleasePolicy("steps:\n  - weight: 10\n  - pause: soon\n");
        config.getEnvironments().get(2).setReleaseRoute("blog");
        config.setAnalyses(List.of(config.getAnalyses().get(0),
                TestConfigs.analysis("error-rate", "shop", "q", null, "> 0", null, "2", null, "2", null, null)));

        assertThatThrownBy(() -> config.toModel(Locale.ENGLISH)).isInstanceOfSatisfying(
                InvalidPlatformModelException.class, e -> {
                    assertThat(e.getProblems()).extracting(ValidationProblem::objectKind, ValidationProblem::objectId,
                            ValidationProblem::field).containsExactly(
                                    Tuple.tuple("environment", "shop/prod", "scaleDownDelay"),
                                    Tuple.tuple("environment", "shop/prod", "release.defaultPolicy"),
                                    Tuple.tuple("environment", "blog/dev", "release.routeName"),
                                    Tuple.tuple("analysis", "shop/error-rate", "name"),
                                    Tuple.tuple("analysis", "shop/error-rate", "inconclusiveLimit"));
                    assertThat(e.getProblems().get(0).message())
                            .isEqualTo("'90' is not a delay: write a duration such as 30s, 5m or 1h30m (with a unit)");
                    assertThat(e.getProblems().get(1).message()).startsWith("steps[1].pause (line 3): must be a duration");
                });
    }

    @Test
    void shouldCheckTheReleaseFieldsOfAnEnvironment() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            EnvironmentConfig.DescriptorImpl environment = new EnvironmentConfig.DescriptorImpl();
            assertThat(environment.doCheckReleasePolicy("steps:\n  - weight: 10\n").kind)
                    .isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckReleasePolicy("").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckReleasePolicy("strategy: blueGreen\nsteps:\n  - weight: 50\n").getMessage())
                    .contains("steps[0].weight (line 3)", "weight must be 0 or 100, was 50");
            assertThat(environment.doCheckPrometheusUrl("prometheus:9090").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(environment.doCheckPrometheusUrl("http://prometheus:9090").kind).isEqualTo(FormValidation.Kind.OK);
            FormValidation url = environment.doCheckPrometheusCredentialsId(null, "https://p/?token=S3CRET");
            assertThat(url.kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(url.getMessage()).contains("looks like a URL").doesNotContain("S3CRET");
            assertThat(environment.doCheckReleaseRoute("Web_VS").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(environment.doCheckReleaseRoute("web.vs").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckScaleDownDelay("1h30m").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(environment.doCheckScaleDownDelay("30").getMessage()).contains("is not a delay");
        }
    }

    @Test
    void shouldCheckEachAnalysisFieldWithTheFieldsItDependsOn() {
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.ENGLISH, Locale.ENGLISH)) {
            AnalysisConfig.DescriptorImpl analysis = new AnalysisConfig.DescriptorImpl();
            assertThat(analysis.doCheckName("error-rate").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckName("").getMessage()).isEqualTo("must not be empty");
            assertThat(analysis.doCheckName("Error Rate").getMessage()).contains("is not a valid analysis name");
            assertThat(analysis.doCheckQuery("up{namespace=\"{{ns}}\"}").getMessage())
                    .contains("unknown placeholder").contains("ns");
            assertThat(analysis.doCheckQuery("up{namespace=\"{{namespace}}\"}").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckSampleQuery("").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckSuccessCondition(">= 0.99").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckSuccessCondition("0.99").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(analysis.doCheckInterval("1m").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckInterval("0s").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(analysis.doCheckCount("0").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(analysis.doCheckFailureLimit("3", "5").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doCheckFailureLimit("5", "").getMessage()).contains("less than count (5)");
            assertThat(analysis.doCheckInconclusiveLimit("1", "1").kind).isEqualTo(FormValidation.Kind.ERROR);
            assertThat(analysis.doCheckMinSampleSize("20", "").getMessage()).contains("needs sampleQuery");
            assertThat(analysis.doCheckMinSampleSize("20", "sum(x)").kind).isEqualTo(FormValidation.Kind.OK);
            assertThat(analysis.doFillOnErrorItems()).extracting(option -> option.value)
                    .containsExactly("inconclusive", "fail");
        }
        try (ViewerLanguage ignored = ViewerLanguage.of(Locale.SIMPLIFIED_CHINESE, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(new AnalysisConfig.DescriptorImpl().doCheckCount("x").getMessage()).contains("必须是整数");
        }
    }
}
