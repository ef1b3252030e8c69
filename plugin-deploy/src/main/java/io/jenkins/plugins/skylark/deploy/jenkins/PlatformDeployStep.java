package io.jenkins.plugins.skylark.deploy.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.DeployRequest;
import io.jenkins.plugins.skylark.deploy.call.EngineCall;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.platform.Application;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code platformDeploy(application: 'orders', manifests: 'k8s/', image: env.PLATFORM_IMAGE)}: applies the
 * application's manifests with its containers set to {@code image}, waits for the rollout, and rolls back
 * on failure. Returns {@code [status:, message:, revisions: [workload: revision]]}.
 */
public final class PlatformDeployStep extends EngineStep {
    private String manifests;
    private String image;
    private String version;
    private boolean rollbackOnFailure = true;

    @DataBoundConstructor
    public PlatformDeployStep(String application) {
        super(application);
    }

    public String getManifests() {
        return manifests;
    }

    /** Files or folders relative to the workspace, comma-separated; default: the application's manifests path. */
    @DataBoundSetter
    public void setManifests(String manifests) {
        this.manifests = manifests;
    }

    public String getImage() {
        return image;
    }

    /** The image to run, pinned by digest; empty keeps the manifests' images. */
    @DataBoundSetter
    public void setImage(String image) {
        this.image = image;
    }

    public String getVersion() {
        return version;
    }

    /** The version to label the objects with; default: the image reference. */
    @DataBoundSetter
    public void setVersion(String version) {
        this.version = version;
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
        return new EngineCall.Deploy(new DeployRequest(StepInputs.target(scope.context(), scope.step(), scope.buildUrl()),
                app.id(), strippedOrNull(image), strippedOrNull(version), scope.commitId(), StepInputs.containers(app),
                StepInputs.manifests(manifests, app), StepInputs.options(getTimeout(), rollbackOnFailure)));
    }


    @Extension
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "platformDeploy";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformDeployStep.displayName");
        }
    }
}
