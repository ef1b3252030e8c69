package io.jenkins.plugins.skylark.harness.pipeline;

import groovy.lang.GroovyObjectSupport;

/** The {@code env} global: reads see the current scope; assignments set a build-wide variable. */
public final class EnvironmentVariables extends GroovyObjectSupport {
    private final PipelineRuntime runtime;

    EnvironmentVariables(PipelineRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Object getProperty(String name) {
        return runtime.environment().get(name);
    }

    @Override
    public void setProperty(String name, Object value) {
        runtime.setGlobalVariable(name, value == null ? null : value.toString());
    }

    public String getAt(String name) {
        return runtime.environment().get(name);
    }
}
