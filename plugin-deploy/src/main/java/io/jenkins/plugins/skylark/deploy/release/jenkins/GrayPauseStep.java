package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayPause(application: 'orders', duration: '5m')} records the pause in the release state and waits,
 * through controller restarts; {@code grayPause(application: 'orders', approval: true)} records that the
 * release waits for a person and returns at once (ask with {@code input}, then {@code grayResume}).
 * Returns the release state.
 */
public final class GrayPauseStep extends PlannedGrayStep {
    private String duration;
    private boolean approval;

    @DataBoundConstructor
    public GrayPauseStep(String application) {
        super(application);
    }

    public String getDuration() {
        return duration;
    }

    /** {@code 300} (seconds), {@code 90s}, {@code 5m} or {@code 1h}. */
    @DataBoundSetter
    public void setDuration(String duration) {
        this.duration = blankToNull(duration);
    }

    public boolean isApproval() {
        return approval;
    }

    @DataBoundSetter
    public void setApproval(boolean approval) {
        this.approval = approval;
    }

    @Override
    GrayCall call(GrayScope scope) {
        if ((duration == null) == !approval) {
            throw new IllegalArgumentException(Messages.get("GrayPauseStep.durationOrApproval", scope.step()));
        }
        return new GrayCall.Pause(scope.target(getApplication()),
                new ReleaseStep.Pause(approval ? null : StepInputs.timeout(duration)));
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GrayPauseExecution(context, this);
    }

    @Extension
    @Symbol("grayPause")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayPause";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayPauseStep.displayName");
        }
    }
}
