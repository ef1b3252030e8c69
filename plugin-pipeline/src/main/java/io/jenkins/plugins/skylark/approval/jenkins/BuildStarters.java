package io.jenkins.plugins.skylark.approval.jenkins;

import hudson.model.Cause;
import hudson.model.CauseAction;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/** The users who started a build, for four eyes (several when Jenkins folded queued starts into one build). */
final class BuildStarters {
    private BuildStarters() {
    }

    /** Ids of the users among the build's causes; none when no user started it (timer, SCM, upstream …). */
    static List<String> of(Run<?, ?> run) {
        List<String> users = new ArrayList<>();
        CauseAction causes = run.getAction(CauseAction.class);
        if (causes != null) {
            for (Cause cause : causes.getCauses()) {
                if (cause instanceof Cause.UserIdCause byUser && byUser.getUserId() != null) {
                    users.add(byUser.getUserId());
                }
            }
        }
        return users;
    }
}
