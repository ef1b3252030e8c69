package org.jenkinsci.plugins.workflow.steps;

import hudson.Launcher;
import hudson.LauncherDecorator;
import hudson.model.Node;
import java.io.Serializable;
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

    /** Both decorators: {@code original} (of an enclosing block, may be null) applied first, then {@code subsequent}. */
    public static LauncherDecorator mergeLauncherDecorators(LauncherDecorator original, LauncherDecorator subsequent) {
        if (original == null) {
            return subsequent;
        }
        return new MergedLauncherDecorator(original, subsequent);
    }

    private static final class MergedLauncherDecorator extends LauncherDecorator implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LauncherDecorator original;
        private final LauncherDecorator subsequent;

        MergedLauncherDecorator(LauncherDecorator original, LauncherDecorator subsequent) {
            this.original = original;
            this.subsequent = subsequent;
        }

        @Override
        public Launcher decorate(Launcher launcher, Node node) {
            return subsequent.decorate(original.decorate(launcher, node), node);
        }
    }
}
