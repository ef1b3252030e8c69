package jenkins.agents;

import hudson.FilePath;

/** File callable that the controller sends to an agent. */
public interface ControllerToAgentFileCallable<T> extends FilePath.FileCallable<T> {
}
