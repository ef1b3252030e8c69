package io.jenkins.plugins.skylark.harness.pipeline;

/** A step failed the build (Jenkins' {@code AbortException} / {@code error} step); carries the result. */
public class PipelineFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final BuildResult result;

    public PipelineFailure(String message, BuildResult result) {
        super(message);
        this.result = result;
    }

    public PipelineFailure(String message) {
        this(message, BuildResult.FAILURE);
    }

    public BuildResult result() {
        return result;
    }
}
