package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.GroovyObjectSupport;

/** The {@code currentBuild} global, limited to its result and number. */
public final class CurrentBuild extends GroovyObjectSupport {
    private final PipelineRuntime runtime;

    CurrentBuild(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    public String getResult() {
        return runtime.result().name();
    }

    public String getCurrentResult() {
        return runtime.result().name();
    }

    public void setResult(String result) {
        runtime.worsen(BuildResult.valueOf(result));
    }

    public int getNumber() {
        return Integer.parseInt(runtime.environment().getOrDefault("BUILD_NUMBER", "1"));
    }
}
