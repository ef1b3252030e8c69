package io.jenkins.plugins.skylark.harness.steps;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Pipeline's program holds in one build right now, in the order it started: the execution
 * of every step that has not completed, and for every running body its block's callback and the
 * objects the block gave it. Pipeline saves all of it together ({@code program.dat}), whichever step
 * reached the boundary.
 */
final class RunningProgram {
    private final Set<Object> running = new LinkedHashSet<>();
    /** Body context objects replaced by the copies a simulated restart read back. */
    private final Map<Object, Object> restored = new IdentityHashMap<>();

    synchronized void started(StepState step) {
        running.add(step);
    }

    synchronized void bodyStarted(BodyFrame body) {
        running.add(body);
    }

    synchronized void ended(Object stepOrBody) {
        running.remove(stepOrBody);
    }

    /** After a simulated restart, a body context object's restored copy; otherwise the object itself. */
    synchronized Object current(Object contextObject) {
        return restored.getOrDefault(contextObject, contextObject);
    }

    synchronized void replace(Object contextObject, Object copy) {
        restored.put(contextObject, copy);
    }

    /** The program's parts, outermost first; each knows where its restored copy goes. */
    List<RiverRoundTrip.ProgramPart> parts() {
        List<Object> snapshot;
        synchronized (this) {
            snapshot = new ArrayList<>(running);
        }
        List<RiverRoundTrip.ProgramPart> parts = new ArrayList<>();
        for (Object entry : snapshot) {
            if (entry instanceof StepState step) {
                step.addTo(parts);
            } else {
                ((BodyFrame) entry).addTo(parts);
            }
        }
        return parts;
    }
}
