package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.notify.Level;
import io.jenkins.plugins.skylark.notify.Notification;
import java.util.Locale;
import java.util.Map;

/**
 * The message a delivery event sends to the channels subscribed to it: a sentence per event type in
 * the reader's language, with the failure's cause where there is one, and the event's build, project,
 * environment, application and version as links. Reads only what events carry, which is never a secret.
 */
public final class EventNotifications {

    /** The attribute {@code DEPLOY_FAILED} gives its cause in. */
    public static final String CAUSE = "cause";
    /** The attribute {@code ROLLED_BACK} gives its reason in ({@code requested} for an explicit rollback). */
    public static final String REASON = "reason";
    /** The attribute {@code APPROVED} names the approver in. */
    public static final String APPROVER = "approver";
    /** The attribute {@code APPROVAL_WAITING} lists who may approve in (user or group ids, comma-separated). */
    public static final String APPROVERS = "approvers";

    private static final Map<DeliveryEventType, Level> LEVELS = Map.of(
            DeliveryEventType.IMAGE_PUSHED, Level.INFO,
            DeliveryEventType.DEPLOYED, Level.SUCCESS,
            DeliveryEventType.DEPLOY_FAILED, Level.FAILURE,
            DeliveryEventType.ROLLED_BACK, Level.WARNING,
            DeliveryEventType.INCIDENT_OPENED, Level.FAILURE,
            DeliveryEventType.INCIDENT_RESOLVED, Level.SUCCESS,
            DeliveryEventType.APPROVAL_WAITING, Level.WARNING,
            DeliveryEventType.APPROVED, Level.INFO,
            DeliveryEventType.QUALITY_GATE, Level.INFO,
            DeliveryEventType.IMAGE_SCANNED, Level.INFO);

    private EventNotifications() {
    }

    /**
     * @param projectName the project as readers know it (its display name), {@code null} for the id
     * @param buildName how the emitting build is shown, e.g. {@code shop/orders-ci #12}
     */
    public static Notification of(DeliveryEvent event, String projectName, String buildName, Locale locale) {
        MessagePlace place = new MessagePlace(buildName, event.buildUrl(),
                projectName == null ? event.project() : projectName, event.environment(), event.application(),
                event.version());
        return place.notification(text(event, locale), LEVELS.getOrDefault(event.type(), Level.INFO));
    }

    static String text(DeliveryEvent event, Locale locale) {
        String environment = event.environment() == null
                ? Messages.format(locale, "selection.projectWide") : event.environment();
        String detail = detail(event);
        String key = "event." + event.type().name() + (detail == null ? "" : ".detail");
        if (event.type() == DeliveryEventType.ROLLED_BACK && "requested".equals(detail)) {
            key = "event.ROLLED_BACK";
        }
        return Messages.format(locale, key, event.application(), environment, detail);
    }

    private static String detail(DeliveryEvent event) {
        String name = switch (event.type()) {
            case DEPLOY_FAILED -> CAUSE;
            case ROLLED_BACK -> REASON;
            case APPROVED -> APPROVER;
            case APPROVAL_WAITING -> APPROVERS;
            default -> null;
        };
        String value = name == null ? null : event.attributes().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
