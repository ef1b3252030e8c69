package io.jenkins.plugins.skylark.delivery;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What happened. The names are part of the stored data and of the JSON report schema: never rename. */
public enum DeliveryEventType {
    IMAGE_PUSHED,
    DEPLOYED,
    DEPLOY_FAILED,
    ROLLED_BACK,
    INCIDENT_OPENED,
    INCIDENT_RESOLVED,
    /** A deploy to a protected environment waits for an approver. */
    APPROVAL_WAITING,
    /** An approver let deploys to a protected environment proceed in this build. */
    APPROVED,
    /** A code analysis' quality gate was decided (attribute {@code status}: OK, WARN, ERROR); not a DORA metric. */
    QUALITY_GATE,
    /** An image's vulnerability scan finished (attributes: the counts by severity, {@code status}). */
    IMAGE_SCANNED;

    private static final LocalizedBundle MESSAGES = LocalizedBundle.of(DeliveryEventType.class);

    /** The name users write in configuration, e.g. {@code deploy-failed} for {@link #DEPLOY_FAILED}. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a user-written name ({@code deploy-failed}) or constant name ({@code DEPLOY_FAILED}).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static DeliveryEventType parse(String value) {
        String text = value == null ? "" : value.trim();
        for (DeliveryEventType type : values()) {
            if (type.userName().equalsIgnoreCase(text) || type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException(MESSAGES.format("DeliveryEventType.unknown", value,
                Arrays.stream(values()).map(DeliveryEventType::userName).collect(Collectors.joining(", "))));
    }
}
