package io.jenkins.plugins.skylark.sonar.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.platform.jenkins.BuildSummaryAction;
import io.jenkins.plugins.skylark.sonar.GateCondition;
import io.jenkins.plugins.skylark.sonar.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The quality gates of one build, shown in its summary: application, project key, status, the failing
 * conditions and the dashboard link. Saved with the build by XStream: only our own classes and strings.
 */
public final class QualityGateAction extends BuildSummaryAction {
    // Copy-on-write: Jenkins may save the build (XStream iterates the list) while a step adds to it.
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    static synchronized QualityGateAction of(Run<?, ?> run) {
        QualityGateAction action = run.getAction(QualityGateAction.class);
        if (action == null) {
            action = new QualityGateAction();
            run.addAction(action);
        }
        return action;
    }

    synchronized void record(String application, ScanResult result) {
        entries.add(new Entry(application, result.projectKey(), result.status(), result.dashboardUrl(),
                result.failedConditions().stream().map(GateCondition::describe).toList()));
    }

    public synchronized List<Entry> getEntries() {
        return List.copyOf(entries);
    }

    @Override
    public String getDisplayName() {
        return Messages.page("QualityGateAction.displayName");
    }

    /** One gate: plain strings, as saved. */
    public static final class Entry {
        private final String application;
        private final String projectKey;
        private final String status;
        private final String dashboardUrl;
        private final List<String> failedConditions;

        Entry(String application, String projectKey, String status, String dashboardUrl,
                List<String> failedConditions) {
            this.application = application;
            this.projectKey = projectKey;
            this.status = status;
            this.dashboardUrl = dashboardUrl;
            this.failedConditions = new ArrayList<>(failedConditions);
        }

        public String getApplication() {
            return application;
        }

        public String getProjectKey() {
            return projectKey;
        }

        public String getStatus() {
            return status;
        }

        public String getDashboardUrl() {
            return dashboardUrl;
        }

        public List<String> getFailedConditions() {
            return List.copyOf(failedConditions);
        }

        public boolean isPassed() {
            return !"ERROR".equals(status);
        }
    }
}
