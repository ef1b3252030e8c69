package org.jenkinsci.plugins.workflow.steps;

import java.util.Arrays;
import java.util.Collection;

/** Starts the block body of a step, with extra contextual objects and a completion callback. */
public abstract class BodyInvoker {
    public BodyInvoker() {
    }

    public abstract BodyInvoker withContext(Object override);

    public BodyInvoker withContexts(Object... overrides) {
        return withContexts(Arrays.asList(overrides));
    }

    public BodyInvoker withContexts(Collection<?> overrides) {
        for (Object o : overrides) {
            withContext(o);
        }
        return this;
    }

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();
}
