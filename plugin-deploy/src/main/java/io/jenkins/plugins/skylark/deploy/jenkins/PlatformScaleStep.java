package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.Application;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code platformScale(application: 'orders', replicas: 3)}: scales the application's Deployments and
 * StatefulSets and waits until the replicas are available.
 */
public final class PlatformScaleStep extends EngineStep {
    private final int replicas;

    @DataBoundConstructor
    public PlatformScaleStep(String application, int replicas) {
        super(application);
        this.replicas = replicas;
    }

    public int getReplicas() {
        return replicas;
    }

    @Override
    EngineCall call(CallScope scope) {
        Application app = StepInputs.application(scope.model(), scope.context(), scope.step(), getApplication());
        return new EngineCall.Scale(StepInputs.target(scope.context(), scope.step(), scope.buildUrl()), app.id(),
                replicas, StepInputs.options(getTimeout(), false));
    }

    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformScale";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformScaleStep.displayName");
        }
    }
}
