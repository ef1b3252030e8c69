package io.jenkins.plugins.skylark.harness.pipeline;

/** One step a Jenkinsfile may call, as the runner sees it. */
@FunctionalInterface
public interface PipelineStep {
    /** Runs the step; the return value is what the Jenkinsfile gets back. */
    Object invoke(StepCall call) throws Exception;
}
