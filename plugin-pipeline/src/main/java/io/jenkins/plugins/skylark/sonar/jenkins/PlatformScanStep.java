package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.sonar.ScannerLibraryAnalyzer;
import io.jenkins.plugins.skylark.sonar.SonarAnalyzer;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code def scan = platformScan(application: 'orders')} inside {@code withPlatform} and a node: analyses the
 * workspace with SonarQube (the project's server and token from the platform model), then waits for the
 * quality gate, webhook first, polling after {@code webhookTimeout}, at most {@code timeout}. Returns
 * {@code [status, taskId, analysisId, dashboardUrl, conditions: [[metric, comparator, threshold, actual, status]]]};
 * a failed gate fails the step, or marks the build UNSTABLE with {@code unstableOnGateFailure: true}.
 */
public final class PlatformScanStep extends Step {
    static final String FUNCTION_NAME = "platformScan";

    private String application;
    private String projectKey;
    private String sources;
    private String branch;
    private String pullRequest;
    private String pullRequestBranch;
    private String pullRequestBase;
    private String version;
    private String webhookTimeout;
    private String timeout;
    private boolean unstableOnGateFailure;

    @DataBoundConstructor
    public PlatformScanStep() {
    }

    public String getApplication() {
        return application;
    }

    @DataBoundSetter
    public void setApplication(String application) {
        this.application = strippedOrNull(application);
    }

    public String getProjectKey() {
        return projectKey;
    }

    @DataBoundSetter
    public void setProjectKey(String projectKey) {
        this.projectKey = strippedOrNull(projectKey);
    }

    public String getSources() {
        return sources;
    }

    @DataBoundSetter
    public void setSources(String sources) {
        this.sources = strippedOrNull(sources);
    }

    public String getBranch() {
        return branch;
    }

    @DataBoundSetter
    public void setBranch(String branch) {
        this.branch = strippedOrNull(branch);
    }

    public String getPullRequest() {
        return pullRequest;
    }

    @DataBoundSetter
    public void setPullRequest(String pullRequest) {
        this.pullRequest = strippedOrNull(pullRequest);
    }

    public String getPullRequestBranch() {
        return pullRequestBranch;
    }

    @DataBoundSetter
    public void setPullRequestBranch(String pullRequestBranch) {
        this.pullRequestBranch = strippedOrNull(pullRequestBranch);
    }

    public String getPullRequestBase() {
        return pullRequestBase;
    }

    @DataBoundSetter
    public void setPullRequestBase(String pullRequestBase) {
        this.pullRequestBase = strippedOrNull(pullRequestBase);
    }

    public String getVersion() {
        return version;
    }

    @DataBoundSetter
    public void setVersion(String version) {
        this.version = strippedOrNull(version);
    }

    public String getWebhookTimeout() {
        return webhookTimeout;
    }

    @DataBoundSetter
    public void setWebhookTimeout(String webhookTimeout) {
        this.webhookTimeout = strippedOrNull(webhookTimeout);
    }

    public String getTimeout() {
        return timeout;
    }

    @DataBoundSetter
    public void setTimeout(String timeout) {
        this.timeout = strippedOrNull(timeout);
    }

    public boolean isUnstableOnGateFailure() {
        return unstableOnGateFailure;
    }

    @DataBoundSetter
    public void setUnstableOnGateFailure(boolean unstableOnGateFailure) {
        this.unstableOnGateFailure = unstableOnGateFailure;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new PlatformScanExecution(context, this);
    }

    private static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        private transient volatile SonarAnalyzer analyzer = new ScannerLibraryAnalyzer(null);

        @Override
        public String getFunctionName() {
            return FUNCTION_NAME;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("PlatformScanStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class, FilePath.class);
        }

        /** How analyses run: the SonarScanner library, or (tests) a stand-in that needs no scanner engine. */
        SonarAnalyzer analyzer() {
            return analyzer;
        }

        /**
         * Replaces how analyses run, for a controller without a real SonarQube to serve the scanner engine (tests,
         * the demo); Jenkins itself never calls it.
         */
        public void useAnalyzer(SonarAnalyzer replacement) {
            this.analyzer = replacement;
        }
    }
}
