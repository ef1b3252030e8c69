package io.jenkins.plugins.skylark.e2e;

import static io.jenkins.plugins.skylark.e2e.GrayPlatform.V1;
import static io.jenkins.plugins.skylark.e2e.GrayPlatform.V2;
import static io.jenkins.plugins.skylark.e2e.GrayPlatform.imageOf;
import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.skylark.deploy.release.jenkins.ReleaseHistoryAction;
import io.jenkins.plugins.skylark.deploy.release.jenkins.ReleaseHistoryEntry;
import io.jenkins.plugins.skylark.harness.JenkinsExtension;
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
 * {@code grayRelease} and the fine-grained gray steps in Jenkinsfiles, scripted and declarative, against the
 * fake cluster (environment {@code dev} has no traffic router: weights are replica ratios).
 */
class GrayReleaseTest {
    /** Short scale-down delay, so an abort removes the canary within the test. */
    private static final String RELEASE_FILE = """
            strategy: canary
            scaleDownDelay: 1s
            steps:
              - weight: 25
              - pause: 2s
              - weight: 50
              - pause: approval
              - weight: 100
            """;

    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private GrayPlatform platform;

    @BeforeEach
    void ordersRunsV1() throws Exception {
        platform = GrayPlatform.start(jenkins);
    }

    @AfterEach
    void stopCluster() {
        platform.close();
    }

    @Test
    void shouldPromoteACanaryFromAScriptedPipeline() throws Exception {
        StepRunner build = platform.newBuild();
        PipelineRun run = GrayPlatform.run(build, artifacts, InputDecision.approveAs("tester"), """
                @Library('skylark') _
                withPlatform(project: 'shop', environment: 'dev') {
                    def release = grayRelease(application: 'orders', image: '%s', strategy: 'canary',
                            steps: [[weight: 25], [pause: '2s'], [weight: 50], [pause: 'approval'], [weight: 100]])
                    echo "outcome=${release.outcome} weight=${release.state.canaryWeight}"
                }
                """.formatted(V2));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("outcome=PROMOTED", "Continue the gray release of orders (step 4 of 5)?",
                "grayRelease orders: PROMOTED");
        assertThat(imageOf(platform.deployment("orders"))).isEqualTo(V2);
        assertThat(platform.deployment("orders-canary")).as("canary removed").isNull();
        ReleaseHistoryEntry entry = history(build);
        assertThat(entry.getPhase()).isEqualTo("PROMOTED");
        assertThat(entry.getChanges()).extracting(line -> line.getCanaryWeight()).contains(25, 50, 100);
    }

    @Test
    void shouldPromoteFromADeclarativeStageWithAReleaseFile() throws Exception {
        StepRunner build = platform.newBuild();
        Files.writeString(Path.of(build.workspace().getRemote()).resolve("release.yaml"), RELEASE_FILE);
        PipelineRun run = GrayPlatform.run(build, artifacts, InputDecision.approveAs("tester"), """
                @Library('skylark') _
                pipeline {
                    agent any
                    stages {
                        stage('Gray release') {
                            steps {
                                withPlatform(project: 'shop', environment: 'dev') {
                                    script {
                                        def release = grayRelease(application: 'orders', image: '%s', release: 'release.yaml')
                                        echo "outcome=${release.outcome}"
                                    }
                                }
                            }
                        }
                    }
                }
                """.formatted(V2));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("outcome=PROMOTED");
        assertThat(imageOf(platform.deployment("orders"))).isEqualTo(V2);
    }

    @Test
    void shouldPutTheTrafficBackWhenTheBuildIsAbortedMidRelease() throws Exception {
        StepRunner build = platform.newBuild();
        Files.writeString(Path.of(build.workspace().getRemote()).resolve("release.yaml"), RELEASE_FILE);
        PipelineRun run = GrayPlatform.run(build, artifacts, InputDecision.abortAs("tester"), """
                @Library('skylark') _
                withPlatform(project: 'shop', environment: 'dev') {
                    grayRelease(application: 'orders', image: '%s', release: 'release.yaml')
                }
                """.formatted(V2));

        assertThat(run.result()).as(run.log()).isEqualTo(BuildResult.ABORTED);
        assertThat(imageOf(platform.deployment("orders"))).as("stable kept").isEqualTo(V1);
        assertThat(platform.deployment("orders-canary")).as("canary removed").isNull();
        ReleaseHistoryEntry entry = history(build);
        assertThat(entry.getPhase()).isEqualTo("ABORTED");
        assertThat(entry.getReason()).contains("build aborted");
        assertThat(entry.getCanaryWeight()).isZero();
    }

    @Test
    void shouldRefuseASecondReleaseNamingTheBuildThatHoldsIt() throws Exception {
        StepRunner first = platform.newBuild();
        PipelineRun started = GrayPlatform.run(first, artifacts, InputDecision.approveAs("tester"), """
                withPlatform(project: 'shop', environment: 'dev') {
                    grayStart(application: 'orders', image: '%s', steps: [[weight: 25], [weight: 100]])
                    graySetWeight(application: 'orders', weight: 25)
                }
                """.formatted(V2));
        assertThat(started.result()).as(started.log()).isEqualTo(BuildResult.SUCCESS);

        StepRunner second = platform.newBuild();
        PipelineRun refused = GrayPlatform.run(second, artifacts, InputDecision.approveAs("tester"), """
                @Library('skylark') _
                withPlatform(project: 'shop', environment: 'dev') {
                    grayRelease(application: 'orders', image: '%s', steps: [[weight: 100]])
                }
                """.formatted(V2));

        assertThat(refused.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(refused.log()).contains(GrayPlatform.urlOf(first));
        assertThat(platform.deployment("orders-canary")).as("the first release goes on").isNotNull();
    }

    @Test
    void shouldLetALaterBuildPromoteWhatAnEarlierOneStarted() throws Exception {
        StepRunner first = platform.newBuild();
        PipelineRun started = GrayPlatform.run(first, artifacts, InputDecision.approveAs("tester"), """
                withPlatform(project: 'shop', environment: 'dev') {
                    def start = grayStart(application: 'orders', image: '%s', steps: [[weight: 50], [weight: 100]])
                    echo "source=${start.plan.source} phase=${start.state.phase}"
                    graySetWeight(application: 'orders', weight: 50, planStep: 0)
                }
                """.formatted(V2));
        assertThat(started.result()).as(started.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(started.log()).contains("source=steps phase=PROGRESSING");
        first.finish(Result.SUCCESS);

        StepRunner second = platform.newBuild();
        PipelineRun promoted = GrayPlatform.run(second, artifacts, InputDecision.approveAs("tester"), """
                withPlatform(project: 'shop', environment: 'dev') {
                    def status = grayStatus(application: 'orders')
                    echo "phase=${status.phase} written=${status.history[-1].canaryWeight} next=${status.currentStep}"
                    def outcome = grayPromote(application: 'orders')
                    echo "outcome=${outcome.outcome}"
                }
                """);

        assertThat(promoted.result()).as(promoted.log()).isEqualTo(BuildResult.SUCCESS);
        assertThat(promoted.log()).contains("phase=PROGRESSING written=50 next=1", "outcome=PROMOTED");
        assertThat(imageOf(platform.deployment("orders"))).isEqualTo(V2);
        assertThat(history(second).getPhase()).isEqualTo("PROMOTED");
    }

    private static ReleaseHistoryEntry history(StepRunner build) {
        ReleaseHistoryAction action = build.build().getAction(ReleaseHistoryAction.class);
        assertThat(action).as("release history on the build page").isNotNull();
        return action.getReleases().get(0);
    }
}
