package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.deploy.DeployResult;
import java.util.Set;

/**
 * Hands an engine result's delivery events to the listeners, keyed by build
 * ({@link DeliveryEventListener#keyFor}) so a replayed or re-imported event never counts twice.
 */
public final class DeliveryPublisher {
    /** The events that deliver this build's change, so this build's commit belongs on them. */
    private static final Set<DeliveryEventType> CHANGES = Set.of(DeliveryEventType.DEPLOYED, DeliveryEventType.DEPLOY_FAILED);

    private DeliveryPublisher() {
    }

    public static void publish(DeployResult result, Run<?, ?> run, FilePath workspace,
            TaskListener listener, String commitId) throws InterruptedException {
        for (DeliveryEvent event : result.events()) {
            DeliveryEventListener.publish(forBuild(event, run, commitId), run, workspace, listener);
        }
    }

    static DeliveryEvent forBuild(DeliveryEvent event, Run<?, ?> run, String commitId) {
        String key = DeliveryEventListener.keyFor(run, event.type(), event.application(), event.environment(),
                event.version());
        String commit = event.commitId() == null && CHANGES.contains(event.type()) ? commitId : event.commitId();
        return new DeliveryEvent(key, event.type(), event.project(), event.application(), event.environment(),
                event.occurredAt(), event.version(), commit, event.buildUrl(), event.attributes());
    }
}
