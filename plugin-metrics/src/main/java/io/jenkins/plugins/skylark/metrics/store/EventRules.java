package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.metrics.dora.DeploymentOutcome;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an event must carry before it is stored, checked before anything is written so a bad event
 * leaves no trace; each error names the field. The column sizes here match the schema.
 */
final class EventRules {

    private static final Set<DeliveryEventType> DEPLOYMENTS =
            EnumSet.of(DeliveryEventType.DEPLOYED, DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK);
    private static final Set<DeliveryEventType> INCIDENTS =
            EnumSet.of(DeliveryEventType.INCIDENT_OPENED, DeliveryEventType.INCIDENT_RESOLVED);
    private static final Set<DeliveryEventType> WITH_COMMITS =
            EnumSet.of(DeliveryEventType.DEPLOYED, DeliveryEventType.DEPLOY_FAILED);

    private EventRules() {
    }

    static void check(DeliveryEvent event, List<LinkedCommit> commits, List<String> issueKeys) {
        maxLength("key", event.idempotencyKey(), 512); // named as the step parameter the user wrote
        maxLength("project", event.project(), 255);
        maxLength("application", event.application(), 255);
        maxLength("environment", event.environment(), 255);
        maxLength("version", event.version(), 1024);
        maxLength("commitId", event.commitId(), 255);
        maxLength("buildUrl", event.buildUrl(), 2048);
        event.attributes().forEach((name, value) -> {
            maxLength("attributes", name, 255);
            maxLength("attributes." + name, value, 4096);
        });
        if ((isDeployment(event) || isIncident(event)) && blank(event.environment())) {
            throw invalid("event.environment.required", event.type());
        }
        if (isIncident(event) && blank(incidentId(event))) {
            throw invalid("event.incidentId.required", event.type(), DeliveryRecorder.ATTRIBUTE_INCIDENT_ID);
        }
        if ((!commits.isEmpty() || !issueKeys.isEmpty()) && !WITH_COMMITS.contains(event.type())) {
            throw invalid("event.commits.unexpected", event.type());
        }
        commits.forEach(commit -> maxLength("commits.id", commit.id(), 64));
        issueKeys.forEach(key -> maxLength("issueKeys", key, 255));
    }

    static boolean isDeployment(DeliveryEvent event) {
        return DEPLOYMENTS.contains(event.type());
    }

    static boolean isIncident(DeliveryEvent event) {
        return INCIDENTS.contains(event.type());
    }

    static String incidentId(DeliveryEvent event) {
        return event.attributes().get(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID);
    }

    /** The engine's outcome for a deployment event; a failed deploy that never served is {@code NOT_SERVED}. */
    static DeploymentOutcome outcome(DeliveryEvent event) {
        return switch (event.type()) {
            case DEPLOYED -> DeploymentOutcome.SUCCEEDED;
            case ROLLED_BACK -> DeploymentOutcome.ROLLED_BACK;
            case DEPLOY_FAILED -> neverServed(event.attributes()) ? DeploymentOutcome.NOT_SERVED : DeploymentOutcome.FAILED;
            default -> throw new IllegalArgumentException("not a deployment event: " + event.type());
        };
    }

    private static boolean neverServed(Map<String, String> attributes) {
        return "false".equalsIgnoreCase(attributes.get(DeliveryRecorder.ATTRIBUTE_SERVED));
    }

    private static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw invalid("event.field.tooLong", field, max, value.length());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static IllegalArgumentException invalid(String key, Object... arguments) {
        return new IllegalArgumentException(StoreMessages.format(key, arguments));
    }
}
