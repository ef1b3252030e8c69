package io.jenkins.plugins.skylark.harness.steps;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jenkinsci.plugins.workflow.steps.BodyExecution;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** A body running on its thread; cancelling interrupts that thread. */
final class HarnessBodyExecution extends BodyExecution {
    private static final long serialVersionUID = 1L;
    private final transient CompletableFuture<Object> result = new CompletableFuture<>();
    private transient volatile Thread thread;

    void startedOn(Thread bodyThread) {
        this.thread = bodyThread;
    }

    void complete(HarnessBodyInvoker.Outcome outcome) {
        if (outcome.failure() == null) {
            result.complete(outcome.value());
        } else {
            result.completeExceptionally(outcome.failure());
        }
    }

    @Override
    public Collection<StepExecution> getCurrentExecutions() {
        return List.of();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        Thread running = thread;
        if (mayInterruptIfRunning && running != null) {
            running.interrupt();
        }
        return !result.isDone();
    }

    @Override
    public boolean isCancelled() {
        return result.isCancelled();
    }

    @Override
    public boolean isDone() {
        return result.isDone();
    }

    @Override
    public Object get() throws InterruptedException, ExecutionException {
        return result.get();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return result.get(timeout, unit);
    }
}
