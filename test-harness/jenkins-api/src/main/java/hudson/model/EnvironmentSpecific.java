package hudson.model;

import hudson.EnvVars;

/** A tool installation whose home may use variables of the build's environment. */
public interface EnvironmentSpecific<T extends EnvironmentSpecific<T>> {
    T forEnvironment(EnvVars environment);
}
