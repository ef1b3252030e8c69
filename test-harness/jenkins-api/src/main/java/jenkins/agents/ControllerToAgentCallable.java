package jenkins.agents;

import hudson.remoting.Callable;

/** Callable that the controller sends to an agent. */
public interface ControllerToAgentCallable<V, T extends Throwable> extends Callable<V, T> {
}
