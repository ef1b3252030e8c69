package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayAbort(application: 'orders', reason: 'error rate too high')}: all traffic back on the stable
 * version in one write, then the canary removed. Works on any running release of the application, also one a
 * killed build left behind. Returns {@code [outcome: 'ABORTED', reason:, message:, state:]}; needs no approval
 * (it only takes users off the new version).
 */
public final class GrayAbortStep extends GrayStep {
    private String reason;

    @DataBoundConstructor
    public GrayAbortStep(String application) {
        super(application);
    }

    public String getReason() {
        return reason;
    }

    /** Why, for the release history, the build log and the delivery event. */
    @DataBoundSetter
    public void setReason(String reason) {
        this.reason = blankToNull(reason);
    }

    @Override
    GrayCall call(GrayScope scope) {
        return new GrayCall.Abort(scope.target(getApplication()),
                reason == null ? Messages.get("GrayAbortStep.defaultReason") : reason);
    }

    @Extension
    @Symbol("grayAbort")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayAbort";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayAbortStep.displayName");
        }
    }
}
