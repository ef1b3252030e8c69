package io.jenkins.plugins.skylark.delivery.jenkins;

import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryKeys;
import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.IOException;
import java.util.Locale;

/**
 * Receives the delivery events Skylark steps emit (image pushed, deployed, deploy failed, rolled back,
 * incidents). Implementations are {@code @Extension}s in any plugin; nothing that emits depends on them.
 * They run on the controller, in the emitting step's thread, with the build's workspace (which may be
 * on an agent: use {@link FilePath#act}) so they can read the repository the build checked out.
 */
public abstract class DeliveryEventListener implements ExtensionPoint {
    private static final LocalizedBundle MESSAGES =
            new LocalizedBundle("io.jenkins.plugins.skylark.delivery.jenkins.Messages", DeliveryEventListener.class);

    /**
     * @param workspace the build's workspace, or {@code null} when the event does not come from a node block
     */
    public abstract void onEvent(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException;

    /** The idempotency key of an event {@code run} emits (see {@link DeliveryKeys}). */
    public static String keyFor(Run<?, ?> run, io.jenkins.plugins.skylark.delivery.DeliveryEventType type,
            String application, String environment, String version) {
        return DeliveryKeys.forBuild(run.getExternalizableId(), type, application, environment, version);
    }

    /**
     * Hands {@code event} to every listener. A listener that fails is reported in the build log and does
     * not fail the step: the delivery itself has happened, and the event stays reproducible by key.
     */
    public static void publish(DeliveryEvent event, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws InterruptedException {
        for (DeliveryEventListener each : ExtensionList.lookup(DeliveryEventListener.class)) {
            try {
                each.onEvent(event, run, workspace, listener);
            } catch (IOException | RuntimeException e) {
                listener.getLogger().println(MESSAGES.format(Locale.getDefault(), "listenerFailed",
                        event.type(), event.application(), each.getClass().getName(), e.getMessage()));
            }
        }
    }
}
