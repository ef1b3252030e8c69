package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code grayStatus(application: 'orders')}: the application's release as the cluster says now (weights read
 * back from the router), as a map ({@code phase}, {@code canaryWeight}, {@code currentStep}, {@code history} …),
 * or {@code null} when it has none.
 */
public final class GrayStatusStep extends GrayStep {

    @DataBoundConstructor
    public GrayStatusStep(String application) {
        super(application);
    }

    @Override
    GrayCall call(GrayScope scope) {
        return new GrayCall.Status(scope.target(getApplication()));
    }

    @Extension
    @Symbol("grayStatus")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayStatus";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayStatusStep.displayName");
        }
    }
}
