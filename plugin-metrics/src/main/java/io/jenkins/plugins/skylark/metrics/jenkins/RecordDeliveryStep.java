package io.jenkins.plugins.skylark.metrics.jenkins;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.store.StoreException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code recordDelivery(type: 'INCIDENT_OPENED', application: 'shop', environment: 'production',
 * incidentId: 'INC-42')}: records a delivery event that happened outside the Skylark steps (an incident
 * opened or resolved, a deploy done by another tool). Returns {@code true} when recorded, {@code false}
 * when an event with the same idempotency key was already recorded.
 *
 * <p>It records directly in the metrics store rather than through {@code DeliveryEventListener.publish}:
 * publishing turns a listener's failure into a log line (right for a deploy step, whose delivery has
 * happened anyway), but this step's only job is to record, so a refused event or an unreachable
 * database must fail it.
 */
public final class RecordDeliveryStep extends Step {
    private final String type;
    private final String application;
    private String environment;
    private String version;
    private String commitId;
    private String incidentId;
    private String occurredAt;
    private String key;
    private Map<String, Object> attributes;

    @DataBoundConstructor
    public RecordDeliveryStep(String type, String application) {
        this.type = strippedOrNull(type);
        this.application = strippedOrNull(application);
    }

    public String getType() {
        return type;
    }

    public String getApplication() {
        return application;
    }

    public String getEnvironment() {
        return environment;
    }

    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = strippedOrNull(environment);
    }

    public String getVersion() {
        return version;
    }

    @DataBoundSetter
    public void setVersion(String version) {
        this.version = strippedOrNull(version);
    }

    public String getCommitId() {
        return commitId;
    }

    @DataBoundSetter
    public void setCommitId(String commitId) {
        this.commitId = strippedOrNull(commitId);
    }

    public String getIncidentId() {
        return incidentId;
    }

    @DataBoundSetter
    public void setIncidentId(String incidentId) {
        this.incidentId = strippedOrNull(incidentId);
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    @DataBoundSetter
    public void setOccurredAt(String occurredAt) {
        this.occurredAt = strippedOrNull(occurredAt);
    }

    public String getKey() {
        return key;
    }

    @DataBoundSetter
    public void setKey(String key) {
        this.key = strippedOrNull(key);
    }

    public Map<String, Object> getAttributes() {
        return attributes;
    }

    /** Extra facts kept with the event; values are stored as text ({@code served: false} for a never-served failure). */
    @DataBoundSetter
    public void setAttributes(Map<String, Object> attributes) {
        this.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
    }

    @Override
    public StepExecution start(StepContext context) throws AbortException {
        return new Execution(context, new RecordDeliveryOptions(type, application, environment, version, commitId,
                incidentId, occurredAt, key, textAttributes()));
    }

    private Map<String, String> textAttributes() throws AbortException {
        Map<String, String> text = new LinkedHashMap<>();
        if (attributes != null) {
            for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
                if (attribute.getKey() == null || attribute.getValue() == null) {
                    throw new AbortException(Messages.get("RecordDelivery.attributeEmpty", attribute.getKey()));
                }
                text.put(attribute.getKey(), String.valueOf(attribute.getValue()));
            }
        }
        return text;
    }


    /** Builds the event (all checks first), then links commits and records it once. */
    public static final class Execution extends SynchronousNonBlockingStepExecution<Boolean> {
        private static final long serialVersionUID = 1L;
        private final RecordDeliveryOptions options;

        Execution(StepContext context, RecordDeliveryOptions options) {
            super(context);
            this.options = options;
        }

        @Override
        protected Boolean run() throws Exception {
            StepContext context = getContext();
            EnvVars env = context.get(EnvVars.class);
            DeliveryEvent event = options.toEvent(context.get(Run.class), context.get(ResolvedPlatformContext.class),
                    env == null ? null : env.get("BUILD_URL"), Instant.now());
            try {
                return new DeliveryRecording(MetricsConfiguration.get().database())
                        .record(event, context.get(FilePath.class), context.get(TaskListener.class));
            } catch (StoreException | IllegalArgumentException | IllegalStateException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return "recordDelivery";
        }

        @Override
        public String getDisplayName() {
            return Messages.page("RecordDeliveryStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class);
        }
    }
}
