package io.jenkins.plugins.skylark.deploy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an engine call did: its status, a message for the build log (on failure it names the cause
 * and what the rollback did), the workloads and the revision each ended on, the failure cause
 * ({@code null} on success), and the delivery events for the caller to publish.
 */
public record DeployResult(DeployStatus status, String message, Map<String, Long> revisions, String failureCause,
        List<DeliveryEvent> events) implements Serializable {

    public DeployResult {
        revisions = revisions == null ? Map.of() : Map.copyOf(revisions);
        events = events == null ? List.of() : List.copyOf(events);
    }

    public boolean succeeded() {
        return status == DeployStatus.SUCCEEDED;
    }
}
