package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.Application;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code platformRollback(application: 'orders', toRevision: 3)}: rolls the application's workloads back
 * to a revision (default: the previous one) and waits for that rollout.
 */
public final class PlatformRollbackStep extends EngineStep {
    private long toRevision;

    @DataBoundConstructor
    public PlatformRollbackStep(String application) {
        super(application);
    }

    public long getToRevision() {
        return toRevision;
    }

    /** The revision to go back to; 0 (default) means the one before the current. */
    @DataBoundSetter
    public void setToRevision(long toRevision) {
        this.toRevision = toRevision;
    }

    @Override
    EngineCall call(CallScope scope) {
        if (toRevision < 0) {
            throw new IllegalArgumentException(Messages.get("PlatformRollbackStep.negativeRevision", toRevision));
        }
        Application app = StepInputs.application(scope.model(), scope.context(), scope.step(), getApplication());
        return new EngineCall.Rollback(StepInputs.target(scope.context(), scope.step(), scope.buildUrl()), app.id(),
                toRevision, StepInputs.options(getTimeout(), false));
    }

    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformRollback";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformRollbackStep.displayName");
        }
    }
}
