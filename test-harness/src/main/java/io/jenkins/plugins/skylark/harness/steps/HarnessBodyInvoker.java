package io.jenkins.plugins.skylark.harness.steps;

import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.BodyExecution;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.BodyInvoker;

/** Starts a block body on its own thread, as Pipeline runs a body asynchronously to the step. */
final class HarnessBodyInvoker extends BodyInvoker {
    private final HarnessStepContext step;
    private final BodyBlock body;
    private final List<Object> added = new ArrayList<>();
    private BodyExecutionCallback callback;

    HarnessBodyInvoker(HarnessStepContext step, BodyBlock body) {
        this.step = step;
        this.body = body;
    }

    @Override
    public BodyInvoker withContext(Object override) {
        added.add(override);
        return this;
    }

    @Override
    public BodyInvoker withCallback(BodyExecutionCallback callback) {
        this.callback = callback;
        return this;
    }

    @Override
    public BodyExecution start() {
        HarnessStepContext bodyContext = step.bodyContext(added, callback);
        HarnessBodyExecution execution = new HarnessBodyExecution();
        Thread thread = new Thread(() -> execution.complete(runBody(bodyContext)), "body of " + step.build().run());
        execution.startedOn(thread);
        thread.start();
        return execution;
    }

    /**
     * Runs the body once the step's {@code start()} returned; first saves the program as it stands
     * while a body runs (the block's execution, callback and the objects it gave the body).
     */
    private Outcome runBody(HarnessStepContext bodyContext) {
        HarnessStepContext stepAtBodyEnd = step.withObjectsOf(bodyContext);
        Outcome outcome;
        try {
            step.state().awaitStartReturned();
            if (callback != null) {
                callback.onStart(stepAtBodyEnd);
            }
            ProgramCheck.save(bodyContext, "while the body of " + step.state().name() + " runs");
            outcome = Outcome.success(body.run(bodyContext));
        } catch (Throwable t) {
            outcome = Outcome.failure(t);
        }
        if (callback != null && outcome.failure() == null) {
            callback.onSuccess(stepAtBodyEnd, outcome.value());
        } else if (callback != null) {
            callback.onFailure(stepAtBodyEnd, outcome.failure());
        }
        return outcome;
    }

    /** The body's result or failure. */
    record Outcome(Object value, Throwable failure) {
        static Outcome success(Object value) {
            return new Outcome(value, null);
        }

        static Outcome failure(Throwable failure) {
            return new Outcome(null, failure);
        }
    }
}
