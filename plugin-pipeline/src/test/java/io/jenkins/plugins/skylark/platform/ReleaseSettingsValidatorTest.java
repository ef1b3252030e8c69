package io.jenkins.plugins.skylark.platform;

import static io.jenkins.plugins.skylark.platform.PlatformValidatorTest.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.platform.PlatformValidatorTest.Row;
import io.jenkins.plugins.skylark.release.AnalysisDefinition;
import io.jenkins.plugins.skylark.release.AnalysisErrorPolicy;
import io.jenkins.plugins.skylark.release.InconclusivePolicy;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of environments' release settings and projects' analyses, in {@link PlatformValidatorTest}'s
 * style: one change to the valid model with release settings gives exactly one problem, naming object and field.
 */
class ReleaseSettingsValidatorTest {

    static Stream<Row> releaseRules() {
        return Stream.of(
                prod("policy with an invalid step", "steps:\n  - weight: 10\n  - weight: 150\n",
                        "release.defaultPolicy", "steps[1].weight (line 3): must be between 0 and 100, was 150"),
                prod("policy that is not YAML", "steps: [weight: 10\n", "release.defaultPolicy", "is not valid YAML"),
                prod("policy running an unknown analysis", "steps:\n  - analysis: error-ratio\n",
                        "release.defaultPolicy", "runs the analysis 'error-ratio', which is neither defined"),
                blog("match without a router", policy("steps:\n  - match: {cookie: canary}\n"),
                        "release.defaultPolicy", "needs a traffic router"),
                blog("route name without a router", new ReleaseSettings(null, null, null, "blog", null),
                        "release.routeName", "'blog' names the route gray releases change, but the environment has no"),
                prodSettings("route name not an object name", new ReleaseSettings(null, null, null, "Web_VS", null),
                        "release.routeName", "'Web_VS' is not a valid Kubernetes object name"),
                blog("analysis without Prometheus", new ReleaseSettings("steps:\n  - analysis: latency\n", null, null,
                        null, null), "release.prometheusUrl", "runs analyses (latency), which need the Prometheus URL"),
                blog("Prometheus URL not http", new ReleaseSettings(null, "prometheus:9090", null, null, null),
                        "release.prometheusUrl", "must start with https://"),
                blog("Prometheus URL with a password", new ReleaseSettings(null, "https://u:p@prom.example.com", null,
                        null, null), "release.prometheusUrl", "must not contain a user name or password"),
                blog("Prometheus credentials without URL", new ReleaseSettings(null, null, "prom-token", null, null),
                        "release.prometheusCredentialsId", "need a Prometheus URL"),
                blog("Prometheus credentials id a URL", new ReleaseSettings(null, "https://p.example.com",
                        "https://p.example.com/?token=S3CRET", null, null), "release.prometheusCredentialsId",
                        "this looks like a URL, not a credentials id"),
                blog("negative delay", new ReleaseSettings(null, null, null, null, Duration.ofSeconds(-1)),
                        "release.scaleDownDelay", "must not be negative"));
    }

    static Stream<Row> analysisRules() {
        return Stream.of(
                analysis("analysis project unknown", new ProjectAnalysis("news", "a", "q", null, "> 0", null, null,
                        null, null, null, null), "news/a", "projectId", "there is no project 'news'"),
                analysis("analysis name missing", new ProjectAnalysis("blog", " ", "q", null, "> 0", null, null, null,
                        null, null, null), "blog/#3", "name", "must not be empty"),
                analysis("analysis name not a label", new ProjectAnalysis("blog", "Error_Rate", "q", null, "> 0", null,
                        null, null, null, null, null), "blog/Error_Rate", "name", "is not a valid analysis name"),
                analysis("analysis name twice in a project", new ProjectAnalysis("blog", "success-rate", "q", null,
                        "> 0", null, null, null, null, null, null), "blog/success-rate", "name",
                        "project 'blog' has more than one analysis named 'success-rate'"),
                analysis("analysis query missing", new ProjectAnalysis("blog", "a", null, null, "> 0", null, null,
                        null, null, null, null), "blog/a", "query", "must not be empty"),
                analysis("analysis query with an unknown placeholder", new ProjectAnalysis("blog", "a", "x{{pod}}",
                        null, "> 0", null, null, null, null, null, null), "blog/a", "query",
                        "uses the unknown placeholder \"pod\""),
                analysis("analysis condition invalid", new ProjectAnalysis("blog", "a", "q", null, "above 0.9", null,
                        null, null, null, null, null), "blog/a", "successCondition", "is not a success condition"),
                analysis("analysis interval without unit", new ProjectAnalysis("blog", "a", "q", null, "> 0", "60",
                        null, null, null, null, null), "blog/a", "interval", "must be a duration"),
                analysis("analysis count not a number", new ProjectAnalysis("blog", "a", "q", null, "> 0", null, "x",
                        null, null, null, null), "blog/a", "count", "must be a whole number"),
                analysis("analysis failure limit as high as count", new ProjectAnalysis("blog", "a", "q", null, "> 0",
                        null, "2", "2", null, null, null), "blog/a", "failureLimit", "must be less than count (2)"),
                analysis("analysis minimum sample without its query", new ProjectAnalysis("blog", "a", "q", null,
                        "> 0", null, null, null, null, "10", null), "blog/a", "minSampleSize", "needs sampleQuery"),
                analysis("analysis on error unknown", new ProjectAnalysis("blog", "a", "q", null, "> 0", null, null,
                        null, null, null, "ignore"), "blog/a", "onError", "\"ignore\" is not one of: inconclusive, fail"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"releaseRules", "analysisRules"})
    void shouldReportEachBrokenRuleAgainstItsObjectAndField(Row row) {
        assertOnlyProblem(new TestPlatform().withRelease(), row);
    }

    @Test
    void shouldAcceptTheReleaseSettings() {
        assertThat(PlatformValidator.validate(TestPlatform.validWithRelease(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void shouldGiveTheTypedPolicyAnalysesAndRoute() {
        PlatformModel model = TestPlatform.validWithRelease();
        ReleaseSettings prod = model.environment("shop", "prod").orElseThrow().release();

        ReleasePlan plan = prod.defaultPlan().orElseThrow();
        assertThat(plan.onInconclusive()).isEqualTo(InconclusivePolicy.FAIL);
        assertThat(plan.steps()).hasSize(6).startsWith(new ReleaseStep.Weight(10));
        assertThat(plan.effectiveScaleDownDelay(prod.scaleDownDelay())).isEqualTo(Duration.ofMinutes(2));
        assertThat(prod.route("web")).isEqualTo("web-vs");
        assertThat(model.environment("shop", "dev").orElseThrow().release()).isEqualTo(ReleaseSettings.NONE);
        assertThat(ReleaseSettings.NONE.route("web")).isEqualTo("web");
        assertThat(ReleaseSettings.NONE.defaultPlan()).isEmpty();

        assertThat(model.analyses("shop")).extracting(ProjectAnalysis::name).containsExactly("error-rate");
        assertThat(model.analysis("shop", "error-rate").orElseThrow().definition()).isEqualTo(new AnalysisDefinition(
                "error-rate", "sum(rate(errors{namespace=\"{{namespace}}\"}[{{interval}}]))", null, "< 0.01",
                Duration.ofSeconds(30), 5, 1, 2, 0, AnalysisErrorPolicy.FAIL));
        assertThat(model.analysis("blog", "success-rate").orElseThrow().definition().minSampleSize()).isEqualTo(50);
        assertThat(model.analysis("blog", "error-rate")).isEmpty();
    }

    @Test
    void shouldAcceptAnAnalysisNameInTwoProjectsAndAPolicyDefiningItsOwn() {
        TestPlatform platform = new TestPlatform().withRelease();
        platform.analyses.add(new ProjectAnalysis("blog", "error-rate", "q", null, "> 0", null, null, null, null,
                null, null));
        platform.environments.set(2, withSettings(platform.environments.get(2), new ReleaseSettings("""
                strategy: blueGreen
                steps: [{analysis: smoke}, {weight: 100}]
                analyses:
                  - {name: smoke, query: up, successCondition: ">= 1"}
                """, "https://prometheus.example.com", "prometheus-login", null, Duration.ZERO)));

        assertThat(PlatformValidator.validate(platform.build(), Locale.ENGLISH)).isEmpty();
    }

    @Test
    void shouldWriteThePolicyProblemsInChinese() {
        TestPlatform platform = new TestPlatform().withRelease();
        platform.environments.set(2, withSettings(platform.environments.get(2), policy("strategy: rolling\n")));

        assertThat(PlatformValidator.validate(platform.build(), Locale.SIMPLIFIED_CHINESE)).singleElement()
                .satisfies(problem -> assertThat(problem.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                        "环境“blog/dev”，字段“release.defaultPolicy”：strategy (line 1): “rolling”不在可选值中：canary, blueGreen"));
    }

    private static ReleaseSettings policy(String text) {
        return new ReleaseSettings(text, null, null, null, null);
    }

    private static Row prod(String name, String policy, String field, String says) {
        return prodSettings(name, new ReleaseSettings(policy, "https://prometheus.example.com/", null, null, null),
                field, says);
    }

    private static Row prodSettings(String name, ReleaseSettings settings, String field, String says) {
        return new Row(name, p -> p.environments.set(0, withSettings(p.environments.get(0), settings)), "environment",
                "shop/prod", field, says);
    }

    private static Row blog(String name, ReleaseSettings settings, String field, String says) {
        return new Row(name, p -> p.environments.set(2, withSettings(p.environments.get(2), settings)), "environment",
                "blog/dev", field, says);
    }

    private static Row analysis(String name, ProjectAnalysis analysis, String id, String field, String says) {
        return new Row(name, p -> p.analyses.add(analysis), "analysis", id, field, says);
    }

    static Environment withSettings(Environment e, ReleaseSettings settings) {
        return new Environment(e.id(), e.projectId(), e.clusterId(), e.namespace(), e.order(),
                e.protectedEnvironment(), e.approvers(), e.trafficRouter(), e.fourEyes(), e.exposure(), settings);
    }
}
