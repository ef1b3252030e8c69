package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.Application;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code platformUpdateImage(application: 'orders', container: 'app', image: '…@sha256:…')}, the "service
 * update": sets one container's image on the application's running workloads, waits, and rolls back on
 * failure.
 */
public final class PlatformUpdateImageStep extends EngineStep {
    private final String container;
    private final String image;
    private boolean rollbackOnFailure = true;

    @DataBoundConstructor
    public PlatformUpdateImageStep(String application, String container, String image) {
        super(application);
        this.container = container;
        this.image = image;
    }

    public String getContainer() {
        return container;
    }

    public String getImage() {
        return image;
    }

    public boolean isRollbackOnFailure() {
        return rollbackOnFailure;
    }

    @DataBoundSetter
    public void setRollbackOnFailure(boolean rollbackOnFailure) {
        this.rollbackOnFailure = rollbackOnFailure;
    }

    @Override
    EngineCall call(CallScope scope) {
        Application app = StepInputs.application(scope.model(), scope.context(), scope.step(), getApplication());
        return new EngineCall.UpdateImage(StepInputs.target(scope.context(), scope.step(), scope.buildUrl()), app.id(),
                StepInputs.required(scope.step(), "container", container), StepInputs.required(scope.step(), "image", image),
                StepInputs.options(getTimeout(), rollbackOnFailure));
    }

    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformUpdateImage";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformUpdateImageStep.displayName");
        }
    }
}
