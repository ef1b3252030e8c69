package io.jenkins.plugins.skylark.harness.steps;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * One running step as Pipeline's program sees it: its execution once {@code Step.start} returned it,
 * and whether {@code StepExecution.start()} has returned (a body starts only then, as in the CPS VM,
 * where the body's first step runs after the block step's {@code start()} gave control back).
 */
final class StepState {
    private volatile Step step;
    private volatile StepExecution execution;
    private final CompletableFuture<Void> startReturned = new CompletableFuture<>();

    void started(Step startedStep, StepExecution startedExecution) {
        this.step = startedStep;
        this.execution = startedExecution;
    }

    StepExecution execution() {
        return execution;
    }

    void startReturned() {
        startReturned.complete(null);
    }

    /** Waits until the step's {@code start()} returned (at once if it already did). */
    void awaitStartReturned() throws InterruptedException {
        try {
            startReturned.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    String name() {
        Step current = step;
        return current == null ? "a step not started yet" : current.getDescriptor().getFunctionName();
    }

    void addTo(List<RiverRoundTrip.ProgramPart> parts) {
        StepExecution current = execution;
        if (current != null) {
            parts.add(new RiverRoundTrip.ProgramPart("the execution of " + name() + " ("
                    + RiverRoundTrip.describe(current) + ")", current,
                    restored -> execution = (StepExecution) restored));
        }
    }
}
