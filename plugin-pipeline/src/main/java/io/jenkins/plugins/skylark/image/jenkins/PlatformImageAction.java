package io.jenkins.plugins.skylark.image.jenkins;

import hudson.EnvVars;
import hudson.model.EnvironmentContributingAction;
import hudson.model.Run;

/**
 * Exports the last image a build made as {@code PLATFORM_IMAGE}. A step cannot change the environment of
 * the steps after it, but {@code Run.getEnvironment} applies every {@link EnvironmentContributingAction}
 * of a Pipeline build, and both {@code env.PLATFORM_IMAGE} (workflow-cps {@code EnvActionImpl}) and the
 * environment of later steps (workflow-support {@code DefaultStepContext}) start from it. It is build-wide:
 * the last {@code platformImage} wins, so parallel branches should use the step's return value instead.
 * A value the script itself assigned to {@code env.PLATFORM_IMAGE} takes precedence, as for any variable.
 */
public final class PlatformImageAction implements EnvironmentContributingAction {
    public static final String VARIABLE = "PLATFORM_IMAGE";

    private final String reference;

    public PlatformImageAction(String reference) {
        this.reference = reference;
    }

    public String getReference() {
        return reference;
    }

    @Override
    public void buildEnvironment(Run<?, ?> run, EnvVars env) {
        env.put(VARIABLE, reference);
    }

    @Override
    public String getIconFileName() {
        return null; // nothing to show: the reference is in the build log
    }

    @Override
    public String getDisplayName() {
        return null;
    }

    @Override
    public String getUrlName() {
        return null;
    }
}
