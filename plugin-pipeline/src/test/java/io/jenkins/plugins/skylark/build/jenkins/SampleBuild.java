package io.jenkins.plugins.skylark.build.jenkins;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsSteps;
import io.jenkins.plugins.skylark.harness.pipeline.JenkinsfileRunner;
import io.jenkins.plugins.skylark.harness.pipeline.PipelineRun;
import io.jenkins.plugins.skylark.harness.steps.StepRunner;
import io.jenkins.plugins.skylark.tenancy.jenkins.PlatformProjectProperty;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;

/**
 * The fixture of the {@code platformBuild} tests: one build of a job, its workspace, and Jenkinsfiles run
 * with the harness's steps (and, if given, the Maven cache of {@link BuildSamples#mavenCache}).
 */
final class SampleBuild {
    private final StepRunner build;
    private final Path workspace;
    private final Path artifacts;
    private final Path cache;

    private SampleBuild(StepRunner build, Path artifacts, Path cache) {
        this.build = build;
        this.workspace = Path.of(build.workspace().getRemote());
        this.artifacts = artifacts;
        this.cache = cache;
    }

    /** A build of {@code job}, with no build cache set. */
    static SampleBuild of(JenkinsExtension jenkins, String job, Path artifacts) throws Exception {
        return new SampleBuild(jenkins.newBuild(jenkins.job(job)), artifacts, null);
    }

    /** A build of {@code shop/orders}, the folder being platform project {@code shop}, with the Maven cache. */
    static SampleBuild ofShopOrders(JenkinsExtension jenkins, Path artifacts, Path cache) throws Exception {
        jenkins.folder("shop").addProperty(new PlatformProjectProperty("shop"));
        return new SampleBuild(jenkins.newBuild(jenkins.job("shop/orders")), artifacts, cache);
    }

    /** Copies the sample project into the workspace. */
    SampleBuild copy(String sample) throws IOException, URISyntaxException {
        BuildSamples.copy(sample, workspace);
        return this;
    }

    /** The Jenkins build. */
    WorkflowRun build() {
        return build.build();
    }

    Path workspace() {
        return workspace;
    }

    String log() throws IOException {
        return build.log();
    }

    PipelineRun run(String jenkinsfile) throws Exception {
        JenkinsfileRunner runner = JenkinsfileRunner.in(workspace, artifacts);
        if (cache != null) {
            runner = runner.environment(PlatformBuildExecution.CACHE_VARIABLE, BuildSamples.mavenCache(cache).toString());
        }
        return JenkinsSteps.register(runner, build).run(jenkinsfile);
    }
}
