package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.jenkins.DeliveryEventListener;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options of {@code recordDelivery} as the user wrote them, turned into one {@link DeliveryEvent}.
 * Every option is checked before anything is recorded; each error names the field.
 *
 * <p>Default idempotency key: for an incident change with an explicit {@code occurredAt}, the fact itself
 * ({@code incident|application|environment|id|type|time}), so the same change imported by two builds
 * counts once; otherwise the build's key ({@link DeliveryEventListener#keyFor}, with the incident id in
 * place of the version for incidents), so replaying the build never counts twice.
 */
public record RecordDeliveryOptions(String type, String application, String environment, String version, String commitId,
        String incidentId, String occurredAt, String key, Map<String, String> attributes) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<DeliveryEventType> INCIDENTS =
            EnumSet.of(DeliveryEventType.INCIDENT_OPENED, DeliveryEventType.INCIDENT_RESOLVED);
    private static final Set<DeliveryEventType> NEED_ENVIRONMENT = EnumSet.of(DeliveryEventType.DEPLOYED,
            DeliveryEventType.DEPLOY_FAILED, DeliveryEventType.ROLLED_BACK, DeliveryEventType.INCIDENT_OPENED,
            DeliveryEventType.INCIDENT_RESOLVED);

    public RecordDeliveryOptions {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /**
     * @param platform the enclosing {@code withPlatform} context, or {@code null}
     * @param buildUrl the build's {@code BUILD_URL}, or {@code null}
     * @param now      the time used when {@code occurredAt} is not given
     */
    DeliveryEvent toEvent(Run<?, ?> run, ResolvedPlatformContext platform, String buildUrl, Instant now)
            throws AbortException {
        DeliveryEventType eventType = parseType();
        String app = required("application", application);
        String env = environment != null ? environment : platform != null ? platform.environmentId() : null;
        if (env == null && NEED_ENVIRONMENT.contains(eventType)) {
            throw fail("RecordDelivery.environmentRequired", eventType);
        }
        boolean incident = INCIDENTS.contains(eventType);
        if (incident && incidentId == null) {
            throw fail("RecordDelivery.incidentIdRequired", eventType);
        }
        if (!incident && incidentId != null) {
            throw fail("RecordDelivery.incidentIdUnexpected", eventType);
        }
        Instant at = occurredAt == null ? now : parseTime();
        Map<String, String> all = allAttributes();
        String idempotencyKey = key != null ? key : defaultKey(run, eventType, app, env, at);
        return new DeliveryEvent(idempotencyKey, eventType, platform == null ? null : platform.projectId(), app, env,
                at, version, commitId, buildUrl, all);
    }

    private DeliveryEventType parseType() throws AbortException {
        String name = required("type", type).toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DeliveryEventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(DeliveryEventType.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw fail("RecordDelivery.typeInvalid", type, allowed);
        }
    }

    private Instant parseTime() throws AbortException {
        try {
            return Instant.parse(occurredAt);
        } catch (DateTimeException notUtc) {
            try {
                return OffsetDateTime.parse(occurredAt).toInstant();
            } catch (DateTimeException notOffset) {
                try {
                    return ZonedDateTime.parse(occurredAt).toInstant();
                } catch (DateTimeException e) {
                    throw fail("RecordDelivery.occurredAtInvalid", occurredAt);
                }
            }
        }
    }

    private Map<String, String> allAttributes() throws AbortException {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        if (incidentId != null) {
            String given = all.put(DeliveryRecorder.ATTRIBUTE_INCIDENT_ID, incidentId);
            if (given != null && !given.equals(incidentId)) {
                throw fail("RecordDelivery.incidentIdConflict", given, incidentId);
            }
        }
        return all;
    }

    private String defaultKey(Run<?, ?> run, DeliveryEventType eventType, String app, String env, Instant at) {
        boolean incident = INCIDENTS.contains(eventType);
        if (incident && occurredAt != null) {
            return String.join("|", "incident", app, env, incidentId, eventType.name(), at.toString());
        }
        return DeliveryEventListener.keyFor(run, eventType, app, env, incident ? incidentId : version);
    }

    private static String required(String field, String value) throws AbortException {
        if (value == null) {
            throw fail("RecordDelivery.required", field);
        }
        return value;
    }

    private static AbortException fail(String key, Object... arguments) {
        return new AbortException(Messages.get(key, arguments));
    }
}
