package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import java.time.Instant;
import java.util.Map;

/** Events as the Skylark deploy steps publish them, and the recorded history, for the adapter tests. */
final class MetricsTestSupport {
    static final String APP = "shop";
    static final String PROD = "production";
    private static final Instant FAR_FUTURE = Instant.parse("2100-01-01T00:00:00Z");

    private MetricsTestSupport() {
    }

    static DeliveryEvent deployed(Run<?, ?> run, String version, String commit, String time) {
        return new DeliveryEvent(DeliveryEventListener.keyFor(run, DeliveryEventType.DEPLOYED, APP, PROD, version),
                DeliveryEventType.DEPLOYED, "retail", APP, PROD, Instant.parse(time), version, commit, null, Map.of());
    }

    /** Everything recorded for {@code shop} in {@code production}. */
    static DeliveryHistory history() {
        return history(APP, PROD);
    }

    /** Everything recorded for {@code application} in {@code environment}. */
    static DeliveryHistory history(String application, String environment) {
        return new DeliveryStore(MetricsConfiguration.get().database()).history(application, environment, FAR_FUTURE);
    }
}
