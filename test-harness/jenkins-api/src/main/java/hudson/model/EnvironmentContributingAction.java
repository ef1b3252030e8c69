package hudson.model;

import hudson.EnvVars;

/**
 * An {@link Action} on a build that contributes environment variables: {@link Run#getEnvironment(TaskListener)}
 * applies every such action of a non-freestyle build, so in Pipeline later steps and {@code env.NAME} see them.
 * The deprecated {@code buildEnvVars(AbstractBuild, EnvVars)} of the real interface is left out: the
 * stand-in has no freestyle builds.
 */
public interface EnvironmentContributingAction extends Action {
    default void buildEnvironment(Run<?, ?> run, EnvVars env) {
    }
}
