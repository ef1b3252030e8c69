package io.jenkins.plugins.skylark.harbor.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def scan = platformImageScan(image: image, severity: 'high', maxCount: 0)} inside {@code withPlatform}:
 * waits for Harbor's vulnerability scan of the image by digest (starting it when none ran), webhook first and
 * polling otherwise, then fails (or, with {@code unstable: true}, marks UNSTABLE) when more than {@code maxCount}
 * vulnerabilities are at or above {@code severity}. Returns {@code [digest, status, counts, passed]}.
 */
public final class PlatformImageScanStep extends Step {
    static final String FUNCTION_NAME = "platformImageScan";

    private String image;
    private String application;
    private String severity = "critical";
    private int maxCount;
    private boolean unstable;
    private String timeout;

    @DataBoundConstructor
    public PlatformImageScanStep() {
    }

    public String getImage() {
        return image;
    }

    @DataBoundSetter
    public void setImage(String image) {
        this.image = strippedOrNull(image);
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public String getSeverity() {
        return severity;
    }

    @DataBoundSetter
    public void setSeverity(String severity) {
        this.severity = strippedOrNull(severity) == null ? "critical" : severity.strip();
    }

    public int getMaxCount() {
        return maxCount;
    }

    @DataBoundSetter
    public void setMaxCount(int maxCount) {
        this.maxCount = maxCount;
    }

    public boolean isUnstable() {
        return unstable;
    }

    @DataBoundSetter
    public void setUnstable(boolean unstable) {
        this.unstable = unstable;
    }

    public String getTimeout() {
        return timeout;
    }

    /** The total wait, e.g. {@code 10m} (the default) or {@code 30m}. */
    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = strippedOrNull(timeout);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PlatformImageScanExecution(context, this);
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformImageScanStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
