package org.jenkinsci.plugins.workflow.steps;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A step whose work runs in a background thread; it does not survive a controller restart. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
    private static final long serialVersionUID = 1L;
    private static ExecutorService executorService;

    private transient volatile Future<?> task;
    private transient volatile String threadName;
    private transient volatile Throwable stopCause;

    protected SynchronousNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    protected abstract T run() throws Exception;

    @Override
    public final boolean start() throws Exception {
        task = getExecutorService().submit(() -> {
            threadName = Thread.currentThread().getName();
            try {
                getContext().onSuccess(run());
            } catch (Throwable t) {
                Throwable cause = stopCause;
                if (cause != null && cause != t) {
                    t.addSuppressed(cause);
                }
                getContext().onFailure(t);
            } finally {
                threadName = null;
            }
        });
        return false;
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        Future<?> running = task;
        if (running != null) {
            stopCause = cause;
            running.cancel(true);
        }
        super.stop(cause);
    }

    @Override
    public void onResume() {
        getContext().onFailure(new Exception("Resume after a restart not supported for non-blocking synchronous steps"));
    }

    @Override
    public String getStatus() {
        String name = threadName;
        return name != null ? "running in thread: " + name : "not yet scheduled";
    }

    @Override
    public boolean blocksRestart() {
        return threadName != null;
    }

    /** Shared with {@link GeneralNonBlockingStepExecution}, as in the real plugin. */
    static synchronized ExecutorService getExecutorService() {
        if (executorService == null) {
            executorService = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution");
                thread.setDaemon(true);
                return thread;
            });
        }
        return executorService;
    }
}
