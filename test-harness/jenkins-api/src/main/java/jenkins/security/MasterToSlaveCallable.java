package jenkins.security;

import jenkins.agents.ControllerToAgentCallable;

/** Base class of callables sent from the controller to an agent. */
public abstract class MasterToSlaveCallable<V, T extends Throwable> implements ControllerToAgentCallable<V, T> {
    private static final long serialVersionUID = 1L;

    public MasterToSlaveCallable() {
    }
}
