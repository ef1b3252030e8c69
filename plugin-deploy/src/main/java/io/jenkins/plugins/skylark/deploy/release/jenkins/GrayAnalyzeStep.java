package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.jenkins.EngineStepDescriptor;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.release.ReleasePlan;
import java.io.IOException;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code grayAnalyze(application: 'orders', analysis: 'success-rate')}: runs the analysis of the release's new
 * version against the environment's Prometheus, from the agent, and records the result in the release. Returns
 * {@code [verdict: 'SUCCESSFUL'|'FAILED'|'INCONCLUSIVE', reason:, measurements: [...]]}; acting on it is the
 * pipeline's choice ({@code grayRelease} aborts on a failure).
 */
public final class GrayAnalyzeStep extends Step {
    private final String application;
    private final String analysis;
    private String release;
    private Integer planStep;

    @DataBoundConstructor
    public GrayAnalyzeStep(String application, String analysis) {
        this.application = application;
        this.analysis = analysis;
    }

    public String getApplication() {
        return application;
    }

    public String getAnalysis() {
        return analysis;
    }

    public String getRelease() {
        return release;
    }

    /** The release file whose analyses come first (as {@code grayStart}'s {@code release}). */
    @DataBoundSetter
    public void setRelease(String release) {
        this.release = GrayStep.blankToNull(release);
    }

    public Integer getPlanStep() {
        return planStep;
    }

    /** The index of the release plan's step this carries out, recorded as done when it succeeds. */
    @DataBoundSetter
    public void setPlanStep(Integer planStep) {
        this.planStep = planStep;
    }

    AnalyzeCall call(GrayScope scope) throws IOException, InterruptedException {
        String name = StepInputs.required(scope.step(), "analysis", analysis);
        ReleaseTarget target = scope.target(application);
        ReleasePlan file = release == null ? null
                : GrayPlans.fromFile(null, release, GrayStartStep.read(scope.workspace(), release)).plan();
        GrayPlans.Prometheus prometheus = GrayPlans.prometheus(scope);
        return new AnalyzeCall(target, GrayAnalyses.template(name, file, scope), GrayAnalyses.placeholders(target),
                prometheus.url(), prometheus.credentialsId(), planStep);
    }

    @Override
    public StepExecution start(StepContext context) {
        return new GrayAnalyzeExecution(context, this);
    }

    @Extension
    @Symbol("grayAnalyze")
    public static final class DescriptorImpl extends EngineStepDescriptor {
        @Override
        public String getFunctionName() {
            return "grayAnalyze";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("GrayAnalyzeStep.displayName");
        }
    }
}
