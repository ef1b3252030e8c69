package io.jenkins.plugins.skylark.deploy.release.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gray releases this build drove, shown in the build's summary ({@code summary.jelly}): per release the
 * weight, match and phase changes, the analyses and the outcome, as the cluster's state said after the
 * build's last gray step on it. Saved with the build (XStream, Jenkins' class filter): plain classes only.
 */
public final class ReleaseHistoryAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<ReleaseHistoryEntry> releases = new CopyOnWriteArrayList<>();

    /** Records what {@code state} says about its release in {@code run}'s action (added when missing), then saves the build. */
    static void record(Run<?, ?> run, String project, String environment, ReleaseState state) throws IOException {
        ReleaseHistoryAction action;
        synchronized (ReleaseHistoryAction.class) {
            action = run.getAction(ReleaseHistoryAction.class);
            if (action == null) {
                action = new ReleaseHistoryAction();
                run.addAction(action);
            }
        }
        action.update(project, environment, state);
        run.save();
    }

    synchronized void update(String project, String environment, ReleaseState state) {
        ReleaseHistoryEntry entry = releases.stream().filter(e -> e.getReleaseId().equals(state.releaseId()))
                .findFirst().orElse(null);
        if (entry == null) {
            entry = new ReleaseHistoryEntry(state.releaseId(), project, environment, state.target().application());
            releases.add(entry);
        }
        entry.update(state);
    }

    /** For the page, in the order the build first touched them. */
    public synchronized List<ReleaseHistoryEntry> getReleases() {
        return List.copyOf(releases);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("ReleaseHistoryAction.displayName");
    }
}
