package io.jenkins.plugins.skylark.deploy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.deploy.expose.ExposeOutcome;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an engine call did: its status, a message for the build log (on failure it names the cause
 * and what the rollback did), the workloads and the revision each ended on, the failure cause
 * ({@code null} on success), the delivery events for the caller to publish, and for an expose or
 * unexpose what it did to the routes ({@code null} for the other calls).
 */
public record DeployResult(DeployStatus status, String message, Map<String, Long> revisions, String failureCause,
        List<DeliveryEvent> events, ExposeOutcome exposed) implements Serializable {

    /** The result of a call that does not touch routes. */
    public DeployResult(DeployStatus status, String message, Map<String, Long> revisions, String failureCause,
            List<DeliveryEvent> events) {
        this(status, message, revisions, failureCause, events, null);
    }

    public DeployResult {
        revisions = revisions == null ? Map.of() : Map.copyOf(revisions);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public boolean succeeded() {
        return status == DeployStatus.SUCCEEDED;
    }
}
