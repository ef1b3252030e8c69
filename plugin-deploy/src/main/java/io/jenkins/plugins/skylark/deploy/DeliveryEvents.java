package io.jenkins.plugins.skylark.deploy;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the delivery events of one engine call, all sharing target, application, version and commit; public
 * for the gray release engine ({@code release}), whose promote and abort report like a deploy.
 */
public final class DeliveryEvents {
    private final DeployTarget target;
    private final String application;
    private final String version;
    private final String commitId;
    private final Clock clock;

    public DeliveryEvents(DeployTarget target, String application, String version, String commitId, Clock clock) {
        this.target = target;
        this.application = application;
        this.version = version;
        this.commitId = commitId;
        this.clock = clock;
    }

    public DeliveryEvent event(DeliveryEventType type, Map<String, String> attributes) {
        Map<String, String> all = new HashMap<>(attributes);
        all.put("namespace", target.namespace());
        all.values().removeIf(value -> value == null);
        return new DeliveryEvent(target.eventKey(application, type.name()), type, target.project(), application,
                target.environment(), clock.instant(), version, commitId, target.buildUrl(), all);
    }
}
