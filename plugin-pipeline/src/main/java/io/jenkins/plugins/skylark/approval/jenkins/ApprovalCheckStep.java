package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.approval.ApprovalRules;
import io.jenkins.plugins.skylark.approval.ApprovalStatus;
import io.jenkins.plugins.skylark.approval.Decision;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code platformApprovalCheck(id:)}: the second half of {@code platformApprove}, after its {@code input}.
 * Decides from what Jenkins recorded, never from a value of the script: the one user who proceeded an
 * input since the request ({@link InputApprovals}) must be an approver of the environment (by id or
 * group) and, with four eyes, not a user who started the build. Approved: recorded, {@code APPROVED}
 * published, {@code [approved: true, approver: …]}. Refused: the reason is recorded and returned
 * ({@code [approved: false, reason: …]}) and the request keeps waiting for another input. No proceed at
 * all, or several (another input answered meanwhile), fails the step. {@code abandoned: true} records
 * that the input ended without an approval (aborted, timed out).
 */
public final class ApprovalCheckStep extends Step {
    static final String FUNCTION = "platformApprovalCheck";

    private final String id;
    private boolean abandoned;

    @DataBoundConstructor
    public ApprovalCheckStep(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    @DataBoundSetter
    public void setAbandoned(boolean abandoned) {
        this.abandoned = abandoned;
    }

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, id, abandoned);
    }

    /** Quick: reads the build and records; never waits. */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;
        private final String id;
        private final boolean abandoned;

        Execution(StepContext context, String id, boolean abandoned) {
            super(context);
            this.id = id;
            this.abandoned = abandoned;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            StepContext context = getContext();
            Run<?, ?> run = context.get(Run.class);
            PrintStream log = context.get(TaskListener.class).getLogger();
            ApprovalsAction approvals = run.getAction(ApprovalsAction.class);
            ApprovalEntry entry = approvals == null || id == null ? null : approvals.entry(id);
            if (entry == null) {
                throw new AbortException(Messages.get("ApprovalCheckStep.unknownRequest", id));
            }
            boolean approvedNow = false;
            synchronized (approvals) {
                if (entry.getStatus() == ApprovalStatus.WAITING) {
                    decide(entry, run, log);
                    approvedNow = entry.getStatus() == ApprovalStatus.APPROVED;
                }
            }
            if (approvedNow) {
                ApprovalEvents.publish(DeliveryEventType.APPROVED, entry,
                        Map.of(ApprovalEvents.APPROVER, entry.getApprover()), context);
            }
            return outcome(entry);
        }

        private void decide(ApprovalEntry entry, Run<?, ?> run, PrintStream log) throws Exception {
            long now = System.currentTimeMillis();
            List<String> proceeded = InputApprovals.since(run, entry.getApprovalsBefore());
            if (abandoned) {
                entry.end(Messages.get("ApprovalCheckStep.abandoned", entry.getQualifiedEnvironment()), now);
            } else if (proceeded.size() != 1) {
                String key = proceeded.isEmpty() ? "ApprovalCheckStep.noProceed" : "ApprovalCheckStep.severalProceeds";
                String reason = Messages.get(key, entry.getQualifiedEnvironment(), String.join(", ", proceeded));
                entry.end(reason, now);
                run.save();
                throw new AbortException(reason);
            } else {
                String user = proceeded.get(0);
                Decision decision = ApprovalRules.decide(
                        ApprovalGate.environment(entry.getProject(), entry.getEnvironment()), user,
                        InputApprovals.groupsOf(user), BuildStarters.of(run));
                if (decision.approved()) {
                    entry.approve(user, now);
                    log.println(Messages.get("ApprovalCheckStep.approved", entry.getQualifiedEnvironment(), user));
                } else {
                    entry.refuse(decision.reason(), InputApprovals.count(run));
                    log.println(decision.reason());
                }
            }
            run.save();
        }

        private static Map<String, Object> outcome(ApprovalEntry entry) {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("approved", entry.getStatus() == ApprovalStatus.APPROVED);
            outcome.put("status", entry.getStatus().name());
            outcome.put("approver", entry.getApprover());
            List<String> refusals = entry.getRefusals();
            outcome.put("reason", refusals.isEmpty() ? null : refusals.get(refusals.size() - 1));
            return outcome;
        }
    }

    @Extension
    public static final class DescriptorImpl extends StepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @Override
        public String getDisplayName() {
            return Messages.page("ApprovalCheckStep.displayName");
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, EnvVars.class);
        }
    }
}
