package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * Publishes {@code APPROVAL_WAITING} and {@code APPROVED} so that listeners (chat notifications, the
 * metrics store) learn of them. Keyed by build and request id: one event per request and type.
 */
final class ApprovalEvents {
    /** The attribute {@code APPROVED} names the approver in (as notifications read it). */
    static final String APPROVER = "approver";
    /** The attribute naming who may approve (comma-separated user or group ids). */
    static final String APPROVERS = "approvers";

    private ApprovalEvents() {
    }

    static void publish(DeliveryEventType type, ApprovalEntry entry, Map<String, String> attributes, StepContext context)
            throws IOException, InterruptedException {
        Run<?, ?> run = context.get(Run.class);
        EnvVars environment = context.get(EnvVars.class);
        String key = DeliveryEventListener.keyFor(run, type, entry.getApplication(), entry.getEnvironment(), entry.getId());
        DeliveryEvent event = new DeliveryEvent(key, type, entry.getProject(), entry.getApplication(),
                entry.getEnvironment(), Instant.now(), null, null,
                environment == null ? null : environment.get("BUILD_URL"), attributes);
        DeliveryEventListener.publish(event, run, context.get(FilePath.class), context.get(TaskListener.class));
    }
}
