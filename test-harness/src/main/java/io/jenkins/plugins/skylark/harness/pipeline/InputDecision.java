package io.jenkins.plugins.skylark.harness.pipeline;

import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import io.jenkins.plugins.skylark.harness.security.HarnessAuthorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * How the runner answers {@code input}: a test decides, as the person at the input's page would, who
 * proceeds or aborts it, or that nobody answers. Behaves as pipeline-input-step 534 does for what Skylark
 * relies on: the question is logged; a proceeding user must pass the submitter check (with security on:
 * the user's id or one of the groups the security realm gives them in {@code submitter}, ids compared
 * case-insensitively; administrators and unsecured Jenkins pass); the proceed adds an
 * {@link ApproverAction} naming the user to the build (when the runner knows the build) and returns the
 * user id when {@code submitterParameter} is set. A refused submission leaves the input waiting, so the
 * enclosing {@code timeout} ends it, as does {@link #noAnswer()}.
 */
public final class InputDecision {
    private enum Kind { PROCEED, ABORT, NO_ANSWER }

    private final Kind kind;
    private final String user;
    private final List<InputDecision> sequence;

    private InputDecision(Kind kind, String user, List<InputDecision> sequence) {
        this.kind = kind;
        this.user = user;
        this.sequence = sequence;
    }

    public static InputDecision approveAs(String approver) {
        return new InputDecision(Kind.PROCEED, approver, null);
    }

    public static InputDecision abortAs(String approver) {
        return new InputDecision(Kind.ABORT, approver, null);
    }

    /** Nobody answers: the enclosing {@code timeout} ends the wait. */
    public static InputDecision noAnswer() {
        return new InputDecision(Kind.NO_ANSWER, null, null);
    }

    /** One answer per {@code input} the build reaches, in order; the last one answers any further input. */
    public static InputDecision inOrder(InputDecision... answers) {
        return new InputDecision(null, null, new ArrayList<>(Arrays.asList(answers)));
    }

    synchronized Object decide(StepCall call, Run<?, ?> build) {
        if (sequence != null) {
            InputDecision next = sequence.size() > 1 ? sequence.remove(0) : sequence.get(0);
            return next.decide(call, build);
        }
        String message = call.text("message", true);
        call.runtime().log(message);
        call.runtime().log((call.text("ok", false) == null ? "Proceed" : call.text("ok", false)) + " or Abort");
        if (kind == Kind.NO_ANSWER) {
            throw timedOut(call);
        }
        if (kind == Kind.ABORT) {
            call.runtime().log("Rejected by " + user);
            throw new PipelineFailure("Rejected by " + user, BuildResult.ABORTED);
        }
        String submitter = call.text("submitter", false);
        if (!maySubmit(submitter)) {
            call.runtime().log("(" + user + " tried to proceed: You need to be " + submitter + " to submit this.)");
            throw timedOut(call);
        }
        if (build != null) {
            build.addAction(new ApproverAction(user));
        }
        call.runtime().log("Approved by " + user);
        String submitterParameter = call.text("submitterParameter", false);
        return submitterParameter == null || submitterParameter.isEmpty() ? null : user;
    }

    private static PipelineFailure timedOut(StepCall call) {
        call.runtime().log("Timeout has been exceeded");
        return new PipelineFailure("Timeout has been exceeded", BuildResult.ABORTED);
    }

    private boolean maySubmit(String submitter) {
        Jenkins jenkins = Jenkins.getInstanceOrNull();
        if (submitter == null || jenkins == null || !jenkins.isUseSecurity()) {
            return true;
        }
        try (ACLContext as = ACL.as2(HarnessAuthorization.user(user))) {
            if (jenkins.hasPermission(Jenkins.ADMINISTER)) {
                return true;
            }
        }
        Set<String> allowed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String each : submitter.split(",")) {
            allowed.add(each.trim());
        }
        if (allowed.contains(user)) {
            return true;
        }
        for (String group : groupsOf(user)) {
            if (allowed.contains(group)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> groupsOf(String user) {
        try {
            List<String> groups = new ArrayList<>();
            for (GrantedAuthority authority : Jenkins.get().getSecurityRealm().loadUserByUsername2(user).getAuthorities()) {
                groups.add(authority.getAuthority());
            }
            return groups;
        } catch (UsernameNotFoundException e) {
            return List.of();
        }
    }
}
