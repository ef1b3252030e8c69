package io.jenkins.plugins.skylark.approval;

import io.jenkins.plugins.skylark.platform.Environment;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of a protected environment. Ids are compared ignoring case, as Jenkins' default security
 * realms compare user and group ids. The approvers are re-checked here although the input step's
 * {@code submitter} already restricts who can proceed: the script chooses that {@code submitter}, and
 * Jenkins lets administrators (and anyone, without security) proceed any input.
 */
public final class ApprovalRules {
    private ApprovalRules() {
    }

    /**
     * Checks that {@code environment} is one approvals are for.
     *
     * @throws IllegalArgumentException naming the environment when it is not protected or has no approver
     */
    public static void requireProtected(Environment environment) {
        if (!environment.protectedEnvironment()) {
            throw new IllegalArgumentException(Messages.get("ApprovalRules.notProtected", environment.qualifiedId()));
        }
        if (environment.approvers().isEmpty()) {
            throw new IllegalArgumentException(Messages.get("ApprovalRules.noApprovers", environment.qualifiedId()));
        }
    }

    /**
     * Whether {@code approver}'s proceed approves {@code environment}.
     *
     * @param groups the groups the security realm puts {@code approver} in
     * @param starters the users who started the build (several when Jenkins folded queued starts into one
     *     build; none when no user did: timer, SCM …)
     */
    public static Decision decide(Environment environment, String approver, Collection<String> groups,
            Collection<String> starters) {
        Set<String> approvers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        environment.approvers().forEach(a -> approvers.add(a.strip()));
        boolean listed = approvers.contains(approver) || groups.stream().anyMatch(approvers::contains);
        if (!listed) {
            return Decision.refuse(Messages.get("ApprovalRules.notAnApprover", approver, environment.qualifiedId(),
                    String.join(", ", environment.approvers())));
        }
        if (environment.fourEyes() && starters.stream().anyMatch(approver::equalsIgnoreCase)) {
            return Decision.refuse(Messages.get("ApprovalRules.fourEyes", approver, environment.qualifiedId()));
        }
        return Decision.approve();
    }

    /**
     * The gate of every deploy step: passes an environment that is not protected, or that this build holds
     * an approval for.
     *
     * @param approvedEnvironments qualified ids ({@code project/environment}) this build has approvals for
     * @param step the deploy step's function name, for the message
     * @throws ApprovalRequiredException naming the step, the environment and its approvers
     */
    public static void checkDeploy(Environment environment, Collection<String> approvedEnvironments, String step)
            throws ApprovalRequiredException {
        if (!environment.protectedEnvironment()) {
            return;
        }
        String id = environment.qualifiedId();
        if (approvedEnvironments.stream().noneMatch(id::equals)) {
            throw new ApprovalRequiredException(Messages.get("ApprovalRules.approvalRequired", step, id,
                    environment.approvers().isEmpty() ? Messages.get("ApprovalRules.nobody")
                            : String.join(", ", environment.approvers())));
        }
    }
}
