package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.Application;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * {@code platformUnexpose(application: 'orders')}: removes the route and Service {@code platformExpose}
 * created for the application, never an object another tool created. Returns
 * {@code [message:, removed: [...], kept: [...]]}.
 */
public final class PlatformUnexposeStep extends EngineStep {

    @DataBoundConstructor
    public PlatformUnexposeStep(String application) {
        super(application);
    }

    @Override
    EngineCall call(CallScope scope) {
        Application app = StepInputs.application(scope.model(), scope.context(), scope.step(), getApplication());
        return new EngineCall.Unexpose(StepInputs.target(scope.context(), scope.step(), scope.buildUrl()), app.id());
    }

    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformUnexpose";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformUnexposeStep.displayName");
        }
    }
}
