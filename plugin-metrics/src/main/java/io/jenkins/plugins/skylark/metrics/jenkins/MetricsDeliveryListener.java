package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.metrics.store.StoreException;
import java.io.IOException;

/**
 * Records every delivery event the Skylark steps publish (image pushed, deployed, deploy failed, rolled
 * back) in the metrics store; deploys get their commits linked from the workspace repository. A
 * failure is thrown as an {@link IOException}, which the publisher reports in the build log without
 * failing the delivery itself.
 */
@Extension
public final class MetricsDeliveryListener extends DeliveryEventListener {

    @Override
    public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        try {
            new DeliveryRecording(MetricsConfiguration.get().database()).record(event, workspace, listener);
        } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
