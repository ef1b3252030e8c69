package org.jenkinsci.plugins.workflow.steps;

import java.util.concurrent.Future;

/**
 * A step whose work runs on background threads through {@link #run(Block)}. As in the real class, the
 * name of a running thread is saved with the program, and {@link #onResume()} fails the step when the
 * program was saved while background code ran; a subclass that can redo its work overrides it.
 * (The real class also runs the block as the starting user; the harness has no security realm.)
 */
public abstract class GeneralNonBlockingStepExecution extends StepExecution {
    private static final long serialVersionUID = 1L;

    private transient volatile Future<?> task;
    private volatile String threadName;
    private transient volatile Throwable stopCause;

    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    /** Background work; may throw, need not return a value. */
    @FunctionalInterface
    protected interface Block {
        void run() throws Exception;
    }

    /** Runs {@code block} on a utility thread; a failure it throws fails the step unless it was stopped. */
    protected final void run(Block block) {
        if (stopCause != null) {
            return;
        }
        task = SynchronousNonBlockingStepExecution.getExecutorService().submit(() -> {
            threadName = Thread.currentThread().getName();
            try {
                block.run();
            } catch (Throwable t) {
                Throwable cause = stopCause;
                if (cause == null) {
                    getContext().onFailure(t);
                } else {
                    cause.addSuppressed(t);
                }
            } finally {
                threadName = null;
                task = null;
            }
        });
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        stopCause = cause;
        Future<?> running = task;
        if (running != null) {
            running.cancel(true);
        }
        super.stop(cause);
    }

    @Override
    public void onResume() {
        if (threadName != null) {
            getContext().onFailure(new Exception("Resume after a restart not supported while running background code"));
        }
    }

    @Override
    public String getStatus() {
        String name = threadName;
        return name != null ? "running in thread: " + name : "not currently scheduled, or running blocks";
    }

    @Override
    public boolean blocksRestart() {
        return threadName != null;
    }
}
