package io.jenkins.plugins.skylark.harbor.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harbor.ArtifactRef;
import io.jenkins.plugins.skylark.harbor.HarborSimulator;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's Harbor examples as Jenkinsfiles: the steps' arguments bound, results read, River and XStream checked. */
class HarborJenkinsfileTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private final HarborSimulator harbor = new HarborSimulator();
    private ArtifactRef orders;

    @BeforeEach
    void platform() throws Exception {
        HarborPlatform.configure(jenkins, harbor.endpoint().toString());
        orders = new ArtifactRef(harbor.host(), "shop", "orders", "sha256:" + "e7".repeat(32));
    }

    @AfterEach
    void stop() {
        harbor.close();
    }

    @Test
    void scriptedScansReadsTheResultAndLabelsAPassingImage() throws Exception {
        harbor.artifact(orders, Map.of("Medium", 4, "Low", 1), null, "Running", "Success");
        harbor.acceptScan(orders);
        harbor.project("shop", true);
        harbor.labels(List.of("release"), List.of());
        harbor.acceptLabels(orders);

        PipelineRun run = run("""
                withPlatform(project: 'shop') {
                    def scan = platformImageScan(image: '%s', severity: 'high', maxCount: 0, timeout: '1m')
                    echo "scan ${scan.status}: medium ${scan.counts.medium}, passed ${scan.passed}"
                    if (scan.passed) {
                        platformImageLabel(image: '%s', labels: ['release'])
                    }
                }
                """.formatted(orders.reference(), orders.reference()));

        assertThat(run.result()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("scan PASSED: medium 4, passed true");
        assertThat(build.log()).contains("Labelled shop/orders@" + orders.digest() + " with release");
        assertThat(harbor.requests("POST", orders.apiPath() + "/labels")).hasSize(1);
    }

    @Test
    void declarativeMarksTheBuildUnstableOnAFailedGate() throws Exception {
        harbor.artifact(orders, Map.of("Critical", 2), "Success");

        PipelineRun run = run("""
                pipeline {
                    agent any
                    stages {
                        stage('Image scan') {
                            steps {
                                withPlatform(project: 'shop') {
                                    platformImageScan(image: '%s', unstable: true)
                                }
                            }
                        }
                    }
                }
                """.formatted(orders.reference()));

        assertThat(run.result()).isEqualTo(BuildResult.UNSTABLE);
        assertThat(build.log()).contains("— FAILED (2 found, at most 0 vulnerabilities of severity critical or above)",
                "the build is marked UNSTABLE");
    }

    private StepRunner build;

    private PipelineRun run(String jenkinsfile) throws Exception {
        build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts);
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }
}
