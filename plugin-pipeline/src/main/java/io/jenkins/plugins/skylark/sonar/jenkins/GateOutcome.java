package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.sonar.GateCondition;
import io.jenkins.plugins.skylark.sonar.ScanResult;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * What a known gate does to the build: log lines, the build-page summary, the {@code QUALITY_GATE} delivery
 * event, and the step's end (its result map; a failure naming the failing conditions, or UNSTABLE).
 */
final class GateOutcome {
    private GateOutcome() {
    }

    static void finish(StepContext context, ScanPlan plan, ScanResult result) throws Exception {
        Run<?, ?> run = context.get(Run.class);
        TaskListener listener = context.get(TaskListener.class);
        PrintStream log = listener.getLogger();
        log.println(Messages.get("PlatformScan.gate", result.projectKey(), result.status(), result.source(),
                result.dashboardUrl()));
        result.conditions().forEach(c -> log.println("  " + c.status() + " " + c.describe()));
        QualityGateAction.of(run).record(plan.application(), result);
        publish(plan, result, run, context, listener);
        if (!result.failed()) {
            context.onSuccess(result.toMap());
            return;
        }
        String failing = result.failedConditions().stream().map(GateCondition::describe)
                .collect(Collectors.joining("; "));
        if (plan.unstableOnGateFailure()) {
            log.println(Messages.get("PlatformScan.unstable", result.projectKey(), failing));
            context.setResult(Result.UNSTABLE);
            context.onSuccess(result.toMap());
            return;
        }
        throw new AbortException(Messages.get("PlatformScan.gateFailed", result.projectKey(), failing,
                result.dashboardUrl()));
    }

    private static void publish(ScanPlan plan, ScanResult result, Run<?, ?> run, StepContext context,
            TaskListener listener) throws Exception {
        String version = plan.request().projectVersion();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("status", result.status());
        attributes.put("projectKey", result.projectKey());
        attributes.put("dashboardUrl", result.dashboardUrl() == null ? "" : result.dashboardUrl());
        attributes.put("failedConditions", String.valueOf(result.failedConditions().size()));
        EnvVars env = context.get(EnvVars.class);
        DeliveryEvent event = new DeliveryEvent(
                DeliveryEventListener.keyFor(run, DeliveryEventType.QUALITY_GATE, plan.application(), null,
                        version == null ? result.taskId() : version),
                DeliveryEventType.QUALITY_GATE, plan.project(), plan.application(), null, Instant.now(), version,
                env.get("GIT_COMMIT"), env.get("BUILD_URL"), attributes);
        DeliveryEventListener.publish(event, run, workspace(context), listener);
    }

    /** The workspace when the node is still there (it may be gone after a restart); events do not need it. */
    private static FilePath workspace(StepContext context) {
        try {
            return context.get(FilePath.class);
        } catch (Exception e) {
            return null;
        }
    }
}
