package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.deploy.DeliveryEvents;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.DeployStatus;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery events of an ended release, like a deploy's: promoted is a {@code DEPLOYED}; aborted is a
 * {@code DEPLOY_FAILED} whose {@code served} attribute (the metrics store's "never served" rule) says whether users
 * were ever sent to the new version.
 */
final class ReleaseEvents {
    /** The metrics store's attribute of a failed deploy that never served ({@code DeliveryRecorder.ATTRIBUTE_SERVED}). */
    static final String SERVED = "served";

    private final ReleaseContext context;

    ReleaseEvents(ReleaseContext context) {
        this.context = context;
    }

    DeployResult promoted(ReleaseState state, String message, DeployResult rollout) {
        DeliveryEvent deployed = events(state).event(DeliveryEventType.DEPLOYED, attributes(state, Map.of(
                "workloads", state.target().stableWorkload(), "changed", "true")));
        return new DeployResult(DeployStatus.SUCCEEDED, message, rollout == null ? Map.of() : rollout.revisions(), null,
                List.of(deployed));
    }

    /** {@code extra}: events of a failed promotion's stable rollout besides its failure (its rollback). */
    DeployResult aborted(ReleaseState state, String message, List<DeliveryEvent> extra) {
        List<DeliveryEvent> emitted = new ArrayList<>();
        emitted.add(events(state).event(DeliveryEventType.DEPLOY_FAILED, attributes(state, Map.of(
                SERVED, Boolean.toString(state.exposedUsers()), "cause", state.phase().name(),
                "reason", state.reason() == null ? "" : state.reason()))));
        emitted.addAll(extra);
        return new DeployResult(DeployStatus.FAILED, message, Map.of(), state.phase().name(), emitted);
    }

    private DeliveryEvents events(ReleaseState state) {
        return new DeliveryEvents(context.deployTarget(state), state.target().application(), state.image(), null,
                context.clock());
    }

    private static Map<String, String> attributes(ReleaseState state, Map<String, String> more) {
        Map<String, String> all = new HashMap<>(more);
        all.put("release", state.releaseId());
        all.put("strategy", state.strategy().userName());
        return all;
    }
}
