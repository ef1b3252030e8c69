package io.jenkins.plugins.skylark.harness.steps;

import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/**
 * A step started with {@link StepRunner#start} that has not necessarily finished: a test can simulate a
 * controller restart while it runs ({@link #restartController()}) and then wait for its outcome.
 */
public final class RunningStep {
    private final HarnessStepContext context;

    RunningStep(HarnessStepContext context) {
        this.context = context;
    }

    /** The step's live execution: after a restart, the copy read back from the saved program. */
    public StepExecution execution() {
        return context.state().execution();
    }

    /**
     * Simulates a controller restart as Pipeline resumes a build: saves the program (this step's
     * execution and every enclosing block's execution, body callback and body objects) with River,
     * loads it back, makes the restored executions and callbacks the live ones (so completing them
     * completes the steps), then calls {@code onResume()} on every restored execution, outermost first;
     * an {@code onResume()} that throws fails its step, as Pipeline does. The old executions' threads
     * are not stopped (a real restart would have killed them): tests should restart a step only while
     * it waits for something outside it.
     *
     * @throws AssertionError when River cannot save or load the program (the build could not resume)
     */
    public void restartController() {
        List<RiverRoundTrip.ProgramPart> parts = context.program();
        List<Object> restored;
        try {
            restored = RiverRoundTrip.roundTripProgram(parts);
        } catch (RiverRoundTrip.RiverSaveException e) {
            throw new AssertionError("Jenkins could not resume this build after a restart. " + e.getMessage(), e);
        }
        List<StepExecution> resumed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).restore().accept(restored.get(i));
            if (parts.get(i).value() instanceof StepExecution && restored.get(i) instanceof StepExecution execution) {
                resumed.add(execution);
            }
        }
        for (StepExecution execution : resumed) {
            try {
                execution.onResume();
            } catch (RuntimeException | Error e) {
                execution.getContext().onFailure(e);
            }
        }
    }

    /** Waits for the step to complete; returns its result or throws what it failed with. */
    public Object await() throws Exception {
        return StepRunner.await(context.outcome());
    }
}
