package io.jenkins.plugins.skylark.harness.steps;

/**
 * Saves a running build's program with River and reads it back, as Pipeline does at every step
 * boundary ({@code CpsThreadGroup.saveProgram}): when a step's {@code start()} returned without
 * completing, and when a body begins. A failure is the build failure real Jenkins would report,
 * so it fails the test with an {@link AssertionError} naming the object and River's field path.
 */
final class ProgramCheck {
    private ProgramCheck() {
    }

    /** Saves what {@code context}'s step and its enclosing blocks hold; {@code moment} says when. */
    static void save(HarnessStepContext context, String moment) {
        try {
            RiverRoundTrip.roundTripProgram(context.program());
        } catch (RiverRoundTrip.RiverSaveException e) {
            throw new AssertionError("Jenkins would fail this build " + moment + ". " + e.getMessage(), e);
        }
    }
}
