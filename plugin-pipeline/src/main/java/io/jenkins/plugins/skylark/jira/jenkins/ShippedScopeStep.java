package io.jenkins.plugins.skylark.jira.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The arguments saying which commits a build ships, shared by {@code jiraKeys} and the steps whose
 * {@code keys} default to it: with {@code environment}, what the deployment of {@code application} to
 * it ships (since the previous successful one); without, what the build ships (since the job's previous
 * successful build).
 */
public abstract class ShippedScopeStep extends Step {
    private String environment;
    private String application;

    public String getEnvironment() {
        return environment;
    }

    /** An environment of the project: the keys of the commits deployed there since the previous deployment. */
    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = strippedOrNull(environment);
    }

    public String getApplication() {
        return application;
    }

    /** The application deployed; needed with {@code environment} when the project has more than one. */
    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    ShippedScope scope() {
        return new ShippedScope(environment, application);
    }
}
