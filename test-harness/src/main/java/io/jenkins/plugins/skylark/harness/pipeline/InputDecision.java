package io.jenkins.plugins.skylark.harness.pipeline;

/**
 * How the runner answers {@code input}: a test decides whether the build proceeds or is aborted, as the
 * person approving would. The question is logged as Jenkins logs it.
 */
public final class InputDecision {
    private final boolean approve;
    private final String approver;

    private InputDecision(boolean approve, String approver) {
        this.approve = approve;
        this.approver = approver;
    }

    public static InputDecision approveAs(String approver) {
        return new InputDecision(true, approver);
    }

    public static InputDecision abortAs(String approver) {
        return new InputDecision(false, approver);
    }

    Object decide(StepCall call) {
        String message = call.text("message", true);
        call.runtime().log(message);
        call.runtime().log(call.text("ok", false) == null ? "Proceed or Abort" : call.text("ok", false) + " or Abort");
        if (!approve) {
            call.runtime().log("Rejected by " + approver);
            throw new PipelineFailure("Rejected by " + approver, BuildResult.ABORTED);
        }
        call.runtime().log("Approved by " + approver);
        return null;
    }
}
