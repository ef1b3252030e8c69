package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayResume(application: 'orders')} ends a release's pause, e.g. after the person the
 * {@code grayPause(approval: true)} waited for approved in an {@code input}. Returns the release state.
 */
public final class GrayResumeStep extends GrayStep {
    private Integer planStep;

    @DataBoundConstructor
    public GrayResumeStep(String application) {
        super(application);
    }

    public Integer getPlanStep() {
        return planStep;
    }

    /** The index of the release plan's step this carries out, recorded as done (set by {@code grayRelease}). */
    @DataBoundSetter
    public void setPlanStep(Integer planStep) {
        this.planStep = planStep;
    }

    @Override
    GrayCall call(GrayScope scope) {
        return new GrayCall.Resume(scope.target(getApplication()), planStep);
    }

    @Extension
    @Symbol("grayResume")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayResume";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayResumeStep.displayName");
        }
    }
}
