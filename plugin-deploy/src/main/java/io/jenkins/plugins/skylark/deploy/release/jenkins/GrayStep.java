package io.jenkins.plugins.skylark.deploy.release.jenkins;

import java.io.IOException;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** A gray release step on one application; subclasses say which engine call it makes. */
public abstract class GrayStep extends Step {
    private final String application;

    protected GrayStep(String application) {
        this.application = application;
    }

    /** The application's id in the project of the enclosing {@code withPlatform}. */
    public String getApplication() {
        return application;
    }

    /** The engine call for this step's arguments; {@link IllegalArgumentException} names a bad one. */
    abstract GrayCall call(GrayScope scope) throws IOException, InterruptedException;

    /**
     * Whether the step sends users to the new version, so that a protected environment needs this build's
     * approval first. Steps that only watch, wait or put traffic back do not.
     */
    boolean movesTraffic() {
        return false;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GrayStepExecution(context, this);
    }

    /** The form sends empty strings for fields left empty: those mean "not given". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
