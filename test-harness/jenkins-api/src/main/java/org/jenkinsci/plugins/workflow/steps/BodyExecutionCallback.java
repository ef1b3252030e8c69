package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.Serializable;

/** Told when a block body starts and completes. */
public abstract class BodyExecutionCallback implements Serializable {
    private static final long serialVersionUID = 1L;

    public BodyExecutionCallback() {
    }

    public void onStart(StepContext context) {
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);

    public static BodyExecutionCallback wrap(FutureCallback<Object> callback) {
        return new Wrapper(callback);
    }

    private static final class Wrapper extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;
        private final FutureCallback<Object> callback;

        Wrapper(FutureCallback<Object> callback) {
            if (!(callback instanceof Serializable)) {
                throw new IllegalArgumentException(callback.getClass() + " is not serializable");
            }
            this.callback = callback;
        }

        @Override
        public void onSuccess(StepContext context, Object result) {
            callback.onSuccess(result);
        }

        @Override
        public void onFailure(StepContext context, Throwable t) {
            callback.onFailure(t);
        }
    }

    /** Runs {@link #finished} when the body ends, then completes the step with the body's outcome. */
    public abstract static class TailCall extends BodyExecutionCallback {
        private static final long serialVersionUID = 1L;

        public TailCall() {
        }

        protected abstract void finished(StepContext context) throws Exception;

        @Override
        public final void onSuccess(StepContext context, Object result) {
            try {
                finished(context);
            } catch (Exception x) {
                context.onFailure(x);
                return;
            }
            context.onSuccess(result);
        }

        @Override
        public final void onFailure(StepContext context, Throwable t) {
            try {
                finished(context);
            } catch (Exception x) {
                t.addSuppressed(x);
            }
            context.onFailure(t);
        }
    }
}
