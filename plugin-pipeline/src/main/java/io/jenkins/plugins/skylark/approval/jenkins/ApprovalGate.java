package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.AbortException;
import hudson.model.Run;
import io.jenkins.plugins.skylark.approval.ApprovalRequiredException;
import io.jenkins.plugins.skylark.approval.ApprovalRules;
import io.jenkins.plugins.skylark.context.ResolvedPlatformContext;
import io.jenkins.plugins.skylark.platform.Environment;
import io.jenkins.plugins.skylark.platform.jenkins.SkylarkConfiguration;
import java.util.List;

/**
 * The gate every deploy step passes before it applies anything: a protected environment needs an
 * approval recorded in this build ({@link ApprovalsAction}).
 */
public final class ApprovalGate {
    private ApprovalGate() {
    }

    /**
     * @param step the deploy step's function name, for the message
     * @throws AbortException naming the step, the environment and its approvers when the build has no approval
     */
    public static void check(Run<?, ?> run, ResolvedPlatformContext platform, String step) throws AbortException {
        if (!platform.hasEnvironment()) {
            return;
        }
        Environment environment = environment(platform.projectId(), platform.environmentId());
        ApprovalsAction approvals = run.getAction(ApprovalsAction.class);
        try {
            ApprovalRules.checkDeploy(environment, approvals == null ? List.of() : approvals.approvedEnvironments(), step);
        } catch (ApprovalRequiredException e) {
            throw new AbortException(e.getMessage());
        }
    }

    /** The environment as the platform model has it now. */
    static Environment environment(String project, String environment) throws AbortException {
        if (environment == null) {
            throw new AbortException(Messages.get("ApprovalGate.noEnvironment"));
        }
        return SkylarkConfiguration.get().getModel().environment(project, environment).orElseThrow(
                () -> new AbortException(Messages.get("ApprovalGate.unknownEnvironment", project + "/" + environment)));
    }
}
