package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;

/** A started block body; completes with the body's result. */
public abstract class BodyExecution implements Future<Object>, Serializable {
    private static final long serialVersionUID = 1L;

    public BodyExecution() {
    }

    public abstract Collection<StepExecution> getCurrentExecutions();
}
