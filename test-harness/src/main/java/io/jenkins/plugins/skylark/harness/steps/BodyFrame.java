package io.jenkins.plugins.skylark.harness.steps;

import java.util.List;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;

/**
 * A running body: what Pipeline's program keeps of it besides its block's execution (the block's body
 * callback, the objects the block gave the body). When the harness simulates a controller restart,
 * the callback is replaced by its restored copy, and the body's steps get the restored objects.
 */
final class BodyFrame {
    private final StepState block;
    private final List<Object> added;
    private final RunningProgram program;
    private volatile BodyExecutionCallback callback;

    BodyFrame(StepState block, BodyExecutionCallback callback, List<Object> added, RunningProgram program) {
        this.block = block;
        this.callback = callback;
        this.added = List.copyOf(added);
        this.program = program;
    }

    BodyExecutionCallback callback() {
        return callback;
    }

    /** Adds the callback and the body's objects to {@code parts}. */
    void addTo(List<RiverRoundTrip.ProgramPart> parts) {
        StepState state = block;
        BodyExecutionCallback current = callback;
        if (current != null) {
            parts.add(new RiverRoundTrip.ProgramPart("the body callback of " + state.name() + " ("
                    + RiverRoundTrip.describe(current) + ")", current,
                    restored -> callback = (BodyExecutionCallback) restored));
        }
        for (Object object : added) {
            parts.add(new RiverRoundTrip.ProgramPart("the object " + RiverRoundTrip.describe(object)
                    + " that " + state.name() + " gave its body's context", program.current(object),
                    copy -> program.replace(object, copy)));
        }
    }
}
