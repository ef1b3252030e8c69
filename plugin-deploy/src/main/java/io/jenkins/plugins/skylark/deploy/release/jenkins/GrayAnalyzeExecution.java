package io.jenkins.plugins.skylark.deploy.release.jenkins;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.common.UsernamePasswordCredentials;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.context.jenkins.PlatformCredentials;
import io.jenkins.plugins.skylark.deploy.call.StepInputs;
import io.jenkins.plugins.skylark.deploy.jenkins.ClusterLogins;
import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.deploy.release.analysis.AnalysisResult;
import io.jenkins.plugins.skylark.deploy.release.analysis.Measurement;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Runs a {@link GrayAnalyzeStep}: resolves the analysis on the controller, reads the Prometheus credential's
 * secret right before each run (never saved), runs the analysis on the agent, then shows the release's state on
 * the build page. After a controller restart the analysis runs again from its first measurement.
 */
public final class GrayAnalyzeExecution extends GrayExecution<GrayAnalyzeStep, AnalyzeCall> {
    private static final long serialVersionUID = 1L;

    GrayAnalyzeExecution(StepContext context, GrayAnalyzeStep step) {
        super(context, step);
    }

    @Override
    AnalyzeCall call(GrayAnalyzeStep step, String function) throws Exception {
        StepContext context = getContext();
        ResolvedPlatformContext platform = PlatformContexts.require(context, function);
        try {
            return step.call(new GrayScope(function, platform, SkylarkConfiguration.get().getModel(),
                    context.get(EnvVars.class).get("BUILD_URL"), context.get(FilePath.class)));
        } catch (IllegalArgumentException e) {
            throw new AbortException(e.getMessage());
        }
    }

    @Override
    ReleaseTarget target(AnalyzeCall call) {
        return call.target();
    }

    @Override
    void perform(String function, AnalyzeCall call) throws Exception {
        StepContext context = getContext();
        Run<?, ?> run = context.get(Run.class);
        ResolvedPlatformContext platform = PlatformContexts.require(context, function);
        AnalysisResult result = context.get(FilePath.class).act(new AnalyzeCallable(ClusterLogins.access(platform, run),
                call, login(call, run), StepInputs.target(platform, function, context.get(EnvVars.class).get("BUILD_URL")),
                context.get(TaskListener.class)));
        GrayRuns.act(context, function, new GrayCall.Status(call.target())); // the release history on the page
        context.onSuccess(summary(result));
    }

    private static PrometheusLogin login(AnalyzeCall call, Run<?, ?> run) throws AbortException {
        if (call.credentialsId() == null) {
            return PrometheusLogin.none();
        }
        IdCredentials credential = PlatformCredentials.require(call.credentialsId(), IdCredentials.class, run,
                Messages.get("GrayAnalyzeExecution.prometheusPurpose", call.prometheusUrl()));
        if (credential instanceof StringCredentials token) {
            return new PrometheusLogin(token.getSecret().getPlainText(), null, null);
        }
        if (credential instanceof UsernamePasswordCredentials login) {
            return new PrometheusLogin(null, login.getUsername(), login.getPassword().getPlainText());
        }
        throw new AbortException(Messages.get("GrayAnalyzeExecution.credentialKind", call.credentialsId()));
    }

    /** {@code [verdict:, reason:, measurements: [[time:, value:, sampleSize:, verdict:, error:]]]}. */
    static Map<String, Object> summary(AnalysisResult result) {
        List<Object> measurements = new ArrayList<>();
        for (Measurement measurement : result.measurements()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("time", measurement.time());
            entry.put("value", measurement.value());
            entry.put("sampleSize", measurement.sampleSize());
            entry.put("verdict", measurement.verdict().name());
            entry.put("error", measurement.error());
            measurements.add(entry);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("analysis", result.analysis());
        summary.put("verdict", result.verdict().name());
        summary.put("reason", result.reason());
        summary.put("measurements", measurements);
        return summary;
    }
}
