package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code grayResume(application: 'orders')} ends a release's pause, e.g. after the person the
 * {@code grayPause(approval: true)} waited for approved in an {@code input}. Returns the release state.
 */
public final class GrayResumeStep extends PlannedGrayStep {
    @DataBoundConstructor
    public GrayResumeStep(String application) {
        super(application);
    }

    @Override
    GrayCall call(GrayScope scope) {
        return new GrayCall.Resume(scope.target(getApplication()), getPlanStep());
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
