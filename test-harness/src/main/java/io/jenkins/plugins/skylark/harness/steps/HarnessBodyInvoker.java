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
        step.runningProgram().bodyStarted(bodyContext.enclosing()); // in the program from now on, as in Pipeline
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
            BodyExecutionCallback starting = bodyContext.enclosing().callback();
            if (starting != null) {
                starting.onStart(stepAtBodyEnd);
            }
            ProgramCheck.save(bodyContext, "while the body of " + step.state().name() + " runs");
            outcome = Outcome.success(body.run(bodyContext));
        } catch (Throwable t) {
            outcome = Outcome.failure(t);
        }
        step.runningProgram().ended(bodyContext.enclosing());
        // the frame's callback: after a simulated restart, the one read back from the saved program
        BodyExecutionCallback ending = bodyContext.enclosing().callback();
        if (ending != null && outcome.failure() == null) {
            ending.onSuccess(stepAtBodyEnd, outcome.value());
        } else if (ending != null) {
            ending.onFailure(stepAtBodyEnd, outcome.failure());
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
