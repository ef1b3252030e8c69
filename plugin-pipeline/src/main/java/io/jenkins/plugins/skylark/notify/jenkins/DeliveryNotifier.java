package io.jenkins.plugins.skylark.notify.jenkins;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.notify.Notification;
import io.jenkins.plugins.skylark.notify.routing.ChannelSelection;
import io.jenkins.plugins.skylark.notify.routing.EventNotifications;
import io.jenkins.plugins.skylark.platform.NotificationChannel;
import io.jenkins.plugins.skylark.platform.PlatformModel;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.List;
import java.util.Locale;

/**
 * Automatic notification: sends each delivery event (deployed, deploy failed, rolled back, approval
 * waiting …) to the channels of its project that cover its environment and subscribe to its type, so
 * no Jenkinsfile line is needed. A channel that cannot be notified is logged and never fails the step
 * that emitted the event: the delivery has happened either way.
 */
@Extension
public final class DeliveryNotifier extends DeliveryEventListener {

    @Override
    public void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener) {
        try {
            PlatformModel model = SkylarkConfiguration.get().getModel();
            List<NotificationChannel> channels = ChannelSelection.forEvent(model, event);
            if (channels.isEmpty()) {
                return;
            }
            Locale locale = Locale.getDefault();
            String project = model.project(event.project()).map(p -> p.displayName(locale)).orElse(event.project());
            Notification notification = EventNotifications.of(event, project, run.getFullDisplayName(), locale);
            listener.getLogger().println(Messages.get("DeliveryNotifier.sending", event.type().userName(),
                    event.application(), channels.stream().map(NotificationChannel::id).toList()));
            ChannelDelivery.deliver(notification, channels, run, listener.getLogger());
        } catch (RuntimeException e) { // never the deploy's failure
            listener.getLogger().println(Messages.get("DeliveryNotifier.failed", event.type().userName(),
                    event.application(), e.getMessage()));
        }
    }
}
