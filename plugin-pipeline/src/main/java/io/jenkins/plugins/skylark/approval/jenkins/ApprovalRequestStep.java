package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.approval.ApprovalRules;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.context.jenkins.PlatformContexts;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
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
 * {@code platformApprovalRequest}: the first half of {@code platformApprove}. Inside {@code withPlatform},
 * checks that the environment is protected and has approvers, records a waiting request in the build,
 * publishes {@code APPROVAL_WAITING} and returns what the {@code input} step needs: {@code id},
 * {@code message}, {@code ok} and {@code submitter} (the approvers). Grants nothing by itself.
 */
public final class ApprovalRequestStep extends Step {
    private String environment;
    private String application;
    private String message;

    @DataBoundConstructor
    public ApprovalRequestStep() {
    }

    public String getEnvironment() {
        return environment;
    }

    /** Default: the environment of the enclosing {@code withPlatform}. */
    @DataBoundSetter
    public void setEnvironment(String environment) {
        this.environment = blankToNull(environment);
    }

    public String getApplication() {
        return application;
    }

    /** What the delivery events name as the application; default: the project. */
    @DataBoundSetter
    public void setApplication(String application) {
        this.application = blankToNull(application);
    }

    public String getMessage() {
        return message;
    }

    @DataBoundSetter
    public void setMessage(String message) {
        this.message = blankToNull(message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
    }

    /** Quick: records and publishes, never waits (the wait is the {@code input} after it). */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final transient ApprovalRequestStep step;

        Execution(StepContext context, ApprovalRequestStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            ResolvedPlatformContext platform = PlatformContexts.require(context, FUNCTION);
            Environment target = ApprovalGate.environment(platform.projectId(),
                    step.environment == null ? platform.environmentId() : step.environment);
            try {
                ApprovalRules.requireProtected(target);
            } catch (IllegalArgumentException e) {
                throw new AbortException(e.getMessage());
            }
            Run<?, ?> run = context.get(Run.class);
            String text = step.message == null ? Messages.get("ApprovalRequestStep.defaultMessage", target.qualifiedId())
                    : step.message;
            ApprovalEntry entry = ApprovalsAction.of(run).request(target.projectId(), target.id(),
                    step.application == null ? target.projectId() : step.application, text, target.approvers(),
                    System.currentTimeMillis(), InputApprovals.count(run));
            run.save();
            String approvers = String.join(",", target.approvers());
            context.get(TaskListener.class).getLogger().println(Messages.get("ApprovalRequestStep.waiting",
                    target.qualifiedId(), String.join(", ", target.approvers())));
            ApprovalEvents.publish(DeliveryEventType.APPROVAL_WAITING, entry,
                    Map.of(ApprovalEvents.APPROVERS, approvers), context);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("id", entry.getId());
            input.put("message", text);
            input.put("ok", Messages.get("ApprovalRequestStep.ok"));
            input.put("submitter", approvers);
            input.put("environment", target.qualifiedId());
            return input;
        }
    }

    static final String FUNCTION = "platformApprovalRequest";

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("ApprovalRequestStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
