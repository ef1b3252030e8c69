package io.jenkins.plugins.skylark.notify.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.BuildResult;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The README's examples, scripted and declarative, as Jenkinsfiles. */
class PlatformNotifyJenkinsfileTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    private final NotifyPlatform platform = new NotifyPlatform();

    @BeforeEach
    void platformWithChannels() throws Exception {
        platform.start(jenkins);
    }

    @AfterEach
    void stopSimulator() {
        platform.stop();
    }

    @Test
    void scriptedReadsTheResult() throws Exception {
        platform.answer("/robot/send", 200, "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");

        PipelineRun run = run("""
                withPlatform(project: 'shop', environment: 'prod') {
                    def result = platformNotify(message: "web ${env.PLATFORM_ENVIRONMENT} is live", level: 'success',
                                                channels: ['oncall', 'ding'], application: 'web')
                    echo "notified: ${result.sent}, not notified: ${result.failed}, ding: ${result.errors.ding}"
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.SUCCESS);
        assertThat(run.log()).contains("notified: [oncall], not notified: [ding], "
                + "ding: The channel refused the message: errcode 310000, errmsg sign not match");
        assertThat(NotifyPlatform.body(platform.requests("/hooks/oncall").get(0)).path("message").asText())
                .isEqualTo("web prod is live");
    }

    @Test
    void declarativeNotifiesWhenTheBuildFails() throws Exception {
        PipelineRun run = run("""
                pipeline {
                    agent any
                    stages {
                        stage('Test') {
                            steps {
                                error 'tests failed'
                            }
                        }
                    }
                    post {
                        failure {
                            withPlatform(project: 'shop', environment: 'dev') {
                                platformNotify(message: 'Pipeline failed', level: 'failure', channels: ['ops'])
                            }
                        }
                    }
                }
                """);

        assertThat(run.result()).isEqualTo(BuildResult.FAILURE);
        assertThat(NotifyPlatform.body(platform.requests("/hooks/ops").get(0)).path("level").asText())
                .isEqualTo("failure");
    }

    private PipelineRun run(String jenkinsfile) throws Exception {
        StepRunner build = jenkins.newBuild(jenkins.job("shop/orders-ci"));
        JenkinsfileRunner runner = JenkinsfileRunner.in(Path.of(build.workspace().getRemote()), artifacts);
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }
}
