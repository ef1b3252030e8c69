package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import hudson.FilePath;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import io.jenkins.plugins.skylark.deploy.release.ReleaseRequest;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayStart(application: 'orders', image: env.PLATFORM_IMAGE, strategy: 'canary', steps: [[weight: 10], …])}
 * (or {@code release: 'release.yaml'}, or neither for the environment's default release policy): starts the
 * release, or takes over the one a build of this application left (same image). Returns
 * {@code [plan: [source:, strategy:, steps:, onInconclusive:], state: [...], approval: [protectedEnvironment:]]}.
 */
public final class GrayStartStep extends GrayStep {
    private final String image;
    private String strategy;
    private Object steps;
    private String release;
    private String container;
    private boolean waitForLock;

    @DataBoundConstructor
    public GrayStartStep(String application, String image) {
        super(application);
        this.image = image;
    }

    public String getImage() {
        return image;
    }

    public String getStrategy() {
        return strategy;
    }

    /** {@code canary} or {@code blueGreen}; default: the plan's. */
    @DataBoundSetter
    public void setStrategy(String strategy) {
        this.strategy = blankToNull(strategy);
    }

    public Object getSteps() {
        return steps;
    }

    /** The release steps as a list of maps, instead of {@code release}. */
    @DataBoundSetter
    public void setSteps(Object steps) {
        this.steps = steps instanceof CharSequence text && text.toString().isBlank() ? null : steps;
    }

    public String getRelease() {
        return release;
    }

    /** A YAML release file in the workspace, instead of {@code steps}. */
    @DataBoundSetter
    public void setRelease(String release) {
        this.release = blankToNull(release);
    }

    public String getContainer() {
        return container;
    }

    @DataBoundSetter
    public void setContainer(String container) {
        this.container = blankToNull(container);
    }

    public boolean isWaitForLock() {
        return waitForLock;
    }

    @DataBoundSetter
    public void setWaitForLock(boolean waitForLock) {
        this.waitForLock = waitForLock;
    }

    @Override
    boolean movesTraffic() {
        return true;
    }

    @Override
    GrayCall call(GrayScope scope) throws IOException, InterruptedException {
        String wanted = StepInputs.required(scope.step(), "image", image);
        if (steps != null && release != null) {
            throw new IllegalArgumentException(Messages.get("GrayStartStep.stepsOrRelease", scope.step()));
        }
        GrayPlans.Resolved plan = steps != null ? GrayPlans.fromSteps(strategy, steps)
                : release != null ? GrayPlans.fromFile(strategy, release, read(scope.workspace(), release))
                : GrayPlans.fromEnvironment(strategy, scope);
        ReleasePlan p = plan.plan();
        ReleaseRequest request = new ReleaseRequest(scope.target(getApplication()), wanted, container, p.strategy(),
                p.steps(), scope.buildUrl(), waitForLock || p.lockWait(), p.lockTimeout(),
                p.effectiveScaleDownDelay(GrayPlans.environment(scope).release().scaleDownDelay()));
        return new GrayCall.Start(request, plan.source(), p.onInconclusive().userName(),
                GrayPlans.protectedEnvironment(scope));
    }

    /** The release file's text; a path outside the workspace or a missing file is refused by name. */
    static String read(FilePath workspace, String path) throws IOException, InterruptedException {
        if (path.startsWith("/") || path.startsWith("\\") || path.contains("..")) {
            throw new IllegalArgumentException(Messages.get("GrayStartStep.releaseOutside", path));
        }
        FilePath file = workspace.child(path);
        if (!file.exists()) {
            throw new IllegalArgumentException(Messages.get("GrayStartStep.releaseMissing", path));
        }
        return file.readToString();
    }

    @Extension
    @Symbol("grayStart")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayStart";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayStartStep.displayName");
        }

        /** Empty (the plan's), {@code canary}, {@code blueGreen}. */
        public ListBoxModel doFillStrategyItems() {
            ListBoxModel items = new ListBoxModel();
            items.add("", "");
            for (ReleaseStrategy each : ReleaseStrategy.values()) {
                items.add(each.userName(), each.userName());
            }
            return items;
        }
    }
}
