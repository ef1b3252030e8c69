package io.jenkins.plugins.skylark.e2e;

import static io.jenkins.plugins.skylark.e2e.GrayPlatform.V1;
import static io.jenkins.plugins.skylark.e2e.GrayPlatform.V2;
import static io.jenkins.plugins.skylark.e2e.GrayPlatform.imageOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.deploy.release.jenkins.ReleaseHistoryAction;
import io.jenkins.plugins.skylark.deploy.release.jenkins.ReleaseHistoryEntry;
import io.jenkins.plugins.skylark.deploy.release.jenkins.ReleaseHistoryLine;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.credentials.TestStringCredentials;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.InputDecision;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grayRelease} with an analysis against the environment's Prometheus (a stub answering every query
 * with one value, only with the credential's token): a failed analysis aborts the release, traffic back on
 * stable, the build failed with the reason after the outcome is logged; the token never reaches the log.
 */
class GrayAnalysisTest {
    private static final String TOKEN = "PROM-TOKEN-4711-do-not-print";
    private static final String RELEASE_FILE = """
            scaleDownDelay: 1s
            steps:
              - weight: 50
              - analysis: error-rate
              - weight: 100
            analyses:
              - name: error-rate
                query: sum(rate(http_requests_total{namespace="{{namespace}}",pod=~"{{canary}}-.*"}[{{interval}}]))
                successCondition: ">= 0.99"
                interval: 1s
                count: 2
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private GrayPlatform platform;

    @BeforeEach
    void ordersRunsV1() throws Exception {
        platform = GrayPlatform.start(jenkins);
        jenkins.credentials().addGlobal(new TestStringCredentials("prometheus-token", TOKEN));
    }

    @AfterEach
    void stopCluster() {
        platform.close();
    }

    @Test
    void shouldAbortWithTrafficBackWhenTheAnalysisFails() throws Exception {
        try (StubPrometheus prometheus = StubPrometheus.answering(0.5, "Bearer " + TOKEN)) {
            platform.prometheus(prometheus.url(), "prometheus-token");
            PipelineRun run = release();

            assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.FAILURE);
            assertThat(run.log()).contains("grayRelease orders: ABORTED (analysis error-rate failed:")
                    .doesNotContain(TOKEN);
            assertThat(prometheus.authorizations()).isNotEmpty().containsOnly("Bearer " + TOKEN);
        }
        assertThat(imageOf(platform.deployment("orders"))).as("stable kept").isEqualTo(V1);
        assertThat(platform.deployment("orders-canary")).as("canary removed").isNull();
        ReleaseHistoryEntry entry = build.build().getAction(ReleaseHistoryAction.class).getReleases().get(0);
        assertThat(entry.getPhase()).isEqualTo("ABORTED");
        assertThat(entry.getAnalyses()).extracting(ReleaseHistoryLine::getPhase).containsExactly("FAILED");
    }

    @Test
    void shouldGoOnToThePromotionWhenTheAnalysisSucceeds() throws Exception {
        try (StubPrometheus prometheus = StubPrometheus.answering(1.0, "Bearer " + TOKEN)) {
            platform.prometheus(prometheus.url(), "prometheus-token");
            PipelineRun run = release();

            assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
            assertThat(run.log()).contains("grayRelease orders: PROMOTED");
        }
        assertThat(imageOf(platform.deployment("orders"))).isEqualTo(V2);
    }

    private StepRunner build;

    private PipelineRun release() throws Exception {
        build = platform.newBuild();
        Files.writeString(Path.of(build.workspace().getRemote()).resolve("release.yaml"), RELEASE_FILE);
        return GrayPlatform.run(build, artifacts, InputDecision.approveAs("tester"), """
                @Library('skylark') _
                withPlatform(project: 'shop', environment: 'dev') {
                    grayRelease(application: 'orders', image: '%s', release: 'release.yaml')
                }
                """.formatted(V2));
    }
}
