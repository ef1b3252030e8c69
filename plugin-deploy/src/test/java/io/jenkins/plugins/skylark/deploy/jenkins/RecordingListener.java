package io.jenkins.plugins.skylark.deploy.jenkins;

import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every delivery event published, as the metrics plugin's listener would receive them. */
final class RecordingListener extends DeliveryEventListener {
    final List<DeliveryEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
        events.add(event);
    }
}
