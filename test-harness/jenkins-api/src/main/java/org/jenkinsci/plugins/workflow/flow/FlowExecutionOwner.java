package org.jenkinsci.plugins.workflow.flow;

import hudson.model.Queue;
import java.io.Serializable;

/** Owner of a flow execution; only its nested {@link Executable} is used (as supertype). */
public abstract class FlowExecutionOwner implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A queue executable that owns a flow. */
    public interface Executable extends Queue.Executable {
    }
}
