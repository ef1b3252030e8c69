package io.jenkins.plugins.skylark.build.jenkins;

import io.jenkins.plugins.skylark.harness.JenkinsExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A real build of a sample project by a tool on this machine's {@code PATH}; skipped (failed on CI) without it. */
abstract class SampleToolBuildTest {
    @RegisterExtension
    final JenkinsExtension jenkins = new JenkinsExtension();

    @TempDir
    Path artifacts;

    SampleBuild sample;

    private final String program;
    private final String missing;
    private final String job;
    private final String project;

    /** {@code missing} says where {@code program} comes from; {@code project} is a sample, built by {@code job}. */
    SampleToolBuildTest(String program, String missing, String job, String project) {
        this.program = program;
        this.missing = missing;
        this.job = job;
        this.project = project;
    }

    @BeforeEach
    void sampleProject() throws Exception {
        BuildSamples.requireOnPath(program, missing);
        sample = SampleBuild.of(jenkins, job, artifacts).copy(project);
    }
}
