package io.jenkins.plugins.skylark.deploy.jenkins;

import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/** A step that makes one deploy engine call on an application; subclasses only say which call. */
public abstract class EngineStep extends Step {
    private final String application;
    private String timeout;

    protected EngineStep(String application) {
        this.application = application;
    }

    /** The application's id in the project of the enclosing {@code withPlatform}. */
    public String getApplication() {
        return application;
    }

    /** The engine call for this step's arguments; {@link IllegalArgumentException} names a bad one. */
    abstract EngineCall call(CallScope scope);

    /** The rollout timeout as given, or {@code null} for the engine default (10 minutes). */
    public String getTimeout() {
        return timeout;
    }

    /** How long to wait for the rollout: seconds ({@code 300}) or {@code 90s}, {@code 5m}, {@code 1h}. */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = timeout == null || timeout.isBlank() ? null : timeout.strip();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new EngineStepExecution(context, this);
    }
}
