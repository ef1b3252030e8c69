package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.Extension;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.delivery.jenkins.PreviousDeployments;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import java.time.Clock;
import java.util.Optional;

/**
 * The last successful deployment as the metrics store knows it: the same rule and query the metrics
 * plugin's own commit linking uses ({@link DeliveryStore#previousSuccessfulDeployment}), narrowed to the
 * project's deployments (two projects may use the same application and environment ids; deployments
 * recorded without a project count for any).
 */
@Extension
public final class StorePreviousDeployments extends PreviousDeployments {

    private final Clock clock;

    public StorePreviousDeployments() {
        this(Clock.systemUTC());
    }

    StorePreviousDeployments(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<PreviousDeploymentInfo> previous(String project, String application, String environment) {
        return new DeliveryStore(MetricsConfiguration.get().database())
                .previousSuccessfulDeployment(project, application, environment, clock.instant());
    }
}
