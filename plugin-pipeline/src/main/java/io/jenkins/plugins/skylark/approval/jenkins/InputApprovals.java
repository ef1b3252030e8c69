package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.model.Run;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.support.steps.input.ApproverAction;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * What Jenkins itself knows about input approvals, never what the script says. pipeline-input-step adds
 * an {@link ApproverAction} naming the user to the build when, and only when, that user proceeds an
 * input (in their own request, after the input's submitter check); a Pipeline script cannot add one.
 * A user's groups come from the security realm, as the input's submitter check reads them.
 */
final class InputApprovals {
    private InputApprovals() {
    }

    /** How many input proceeds the build has had so far. */
    static int count(Run<?, ?> run) {
        return run.getActions(ApproverAction.class).size();
    }

    /** The users who proceeded an input after the first {@code before} proceeds, in order. */
    static List<String> since(Run<?, ?> run, int before) {
        List<ApproverAction> all = run.getActions(ApproverAction.class);
        List<String> users = new ArrayList<>();
        for (ApproverAction each : all.subList(Math.min(before, all.size()), all.size())) {
            users.add(each.getUserId());
        }
        return users;
    }

    /** The groups the security realm puts {@code userId} in; none for a user it does not know. */
    static Collection<String> groupsOf(String userId) {
        List<String> groups = new ArrayList<>();
        try {
            for (GrantedAuthority authority : Jenkins.get().getSecurityRealm().loadUserByUsername2(userId).getAuthorities()) {
                groups.add(authority.getAuthority());
            }
        } catch (UsernameNotFoundException e) {
            return List.of(); // e.g. no security realm: only the user's own id can match
        }
        return groups;
    }
}
