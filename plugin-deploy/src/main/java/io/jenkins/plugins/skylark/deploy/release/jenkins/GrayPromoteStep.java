package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import java.time.Duration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayPromote(application: 'orders')}: the new version takes all the traffic (the stable workload gets
 * its image, then the canary objects go). Returns {@code [outcome: 'PROMOTED', reason:, message:, state:]};
 * fails the build when the promotion does not end promoted.
 */
public final class GrayPromoteStep extends GrayStep {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private String timeout;

    @DataBoundConstructor
    public GrayPromoteStep(String application) {
        super(application);
    }

    public String getTimeout() {
        return timeout;
    }

    /** How long the stable workload's rollout may take: {@code 300} (seconds), {@code 90s}, {@code 5m}, {@code 1h}. */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = blankToNull(timeout);
    }

    @Override
    boolean movesTraffic() {
        return true;
    }

    @Override
    GrayCall call(GrayScope scope) {
        return new GrayCall.Promote(scope.target(getApplication()),
                timeout == null ? DEFAULT_TIMEOUT : StepInputs.timeout(timeout));
    }

    @Extension
    @Symbol("grayPromote")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayPromote";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayPromoteStep.displayName");
        }
    }
}
