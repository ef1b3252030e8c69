package io.jenkins.plugins.skylark.harness.steps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Saves objects as Pipeline saves a running build's program ({@code program.dat}, JBoss Marshalling
 * River as workflow-support configures it, see {@link RiverProgram}) and loads them back, as a
 * controller restart does. Use it for resume tests: round-trip a running {@code StepExecution}, call
 * {@code onResume()} on the copy and let it finish. The copy's {@code StepContext} is the live one,
 * so completing the copy completes the step that {@link StepRunner} waits for.
 */
public final class RiverRoundTrip {
    private RiverRoundTrip() {
    }

    /**
     * Writes {@code object} with River and returns the copy read back.
     *
     * @throws RiverSaveException when River cannot write or read it; the message names the field path
     */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T object) {
        return (T) roundTripProgram(List.of(new ProgramPart("object " + describe(object), object))).get(0);
    }

    /** Writes every part into one program (shared objects stay shared) and returns the copies, in order. */
    static List<Object> roundTripProgram(List<ProgramPart> parts) {
        List<Object> roots = new ArrayList<>();
        parts.forEach(part -> roots.add(part.value()));
        RiverProgram program = new RiverProgram(classLoader());
        RiverProgram.Saved saved;
        try {
            saved = program.write(roots);
        } catch (RiverProgram.RootNotWritten e) {
            throw new RiverSaveException("writing " + parts.get(e.index()).description(), e.getCause());
        } catch (IOException | RuntimeException e) {
            throw new RiverSaveException("writing " + describeAll(parts), e);
        }
        try {
            return program.read(saved, roots.size());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new RiverSaveException("reading back " + describeAll(parts), e);
        }
    }

    /**
     * One root object of a saved program, what it is (for the error message) and where a simulated
     * restart puts its restored copy ({@code restore} may do nothing).
     */
    record ProgramPart(String description, Object value, Consumer<Object> restore) {
        ProgramPart(String description, Object value) {
            this(description, value, restored -> { });
        }
    }

    static String describe(Object object) {
        return object == null ? "null" : object.getClass().getName();
    }

    private static String describeAll(List<ProgramPart> parts) {
        List<String> descriptions = new ArrayList<>();
        parts.forEach(part -> descriptions.add(part.description()));
        return String.join(", ", descriptions);
    }

    /** RiverReader resolves classes with the flow's class loader: here the test's. */
    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : RiverRoundTrip.class.getClassLoader();
    }

    /** River could not save or load a program; the message carries River's trace (field path). */
    public static final class RiverSaveException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RiverSaveException(String what, Throwable riverFailure) {
            super("Pipeline could not save its program (JBoss Marshalling River, as at every step boundary and"
                    + " on restart) while " + what + ": " + chain(riverFailure), riverFailure);
        }

        private static String chain(Throwable failure) {
            StringBuilder text = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (text.length() > 0) {
                    text.append("\n  caused by: ");
                }
                text.append(t);
            }
            return text.toString();
        }
    }
}
