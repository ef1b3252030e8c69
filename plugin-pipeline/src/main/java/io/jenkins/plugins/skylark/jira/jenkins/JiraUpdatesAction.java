package io.jenkins.plugins.skylark.jira.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The JIRA updates the automatic deploy updates made for this build, shown on the build page and saved
 * with it: the record that keeps a deploy event handled twice (a replayed event, a resumed step) from
 * commenting or transitioning twice.
 */
public final class JiraUpdatesAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<JiraUpdate> updates = new CopyOnWriteArrayList<>();

    /** The build's action, added when missing. */
    static synchronized JiraUpdatesAction of(Run<?, ?> run) {
        JiraUpdatesAction action = run.getAction(JiraUpdatesAction.class);
        if (action == null) {
            action = new JiraUpdatesAction();
            run.addAction(action);
        }
        return action;
    }

    synchronized boolean done(String eventKey, String issueKey, String what) {
        return updates.stream().anyMatch(u -> u.getEventKey().equals(eventKey) && u.getIssueKey().equals(issueKey)
                && u.getWhat().equals(what));
    }

    synchronized void add(JiraUpdate update) {
        updates.add(update);
    }

    /** For the page, oldest first. */
    public synchronized List<JiraUpdate> getUpdates() {
        return List.copyOf(updates);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("JiraUpdatesAction.displayName");
    }
}
