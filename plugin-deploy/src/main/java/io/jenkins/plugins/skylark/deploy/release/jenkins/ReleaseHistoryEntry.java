package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * One release on the build page, as saved in {@code build.xml}: strings, numbers and lists of
 * {@link ReleaseHistoryLine} only (XStream with Jenkins' class filter; no record, which XStream cannot rebuild).
 */
public final class ReleaseHistoryEntry {
    private final String releaseId;
    private final String project;
    private final String environment;
    private final String application;
    private String strategy;
    private String image;
    private String phase;
    private int canaryWeight;
    private String reason;
    private long updatedAt;
    private final ArrayList<ReleaseHistoryLine> changes = new ArrayList<>();
    private final ArrayList<ReleaseHistoryLine> analyses = new ArrayList<>();

    ReleaseHistoryEntry(String releaseId, String project, String environment, String application) {
        this.releaseId = releaseId;
        this.project = project;
        this.environment = environment;
        this.application = application;
    }

    /** The release as {@code state} says now: the cluster's history replaces what was shown. */
    void update(ReleaseState state) {
        strategy = state.strategy().userName();
        image = state.image();
        phase = state.phase().name();
        canaryWeight = state.canaryWeight();
        reason = state.reason();
        updatedAt = state.updatedAt() == null ? 0 : state.updatedAt().toEpochMilli();
        changes.clear();
        for (ReleaseState.HistoryEntry change : state.history()) {
            changes.add(ReleaseHistoryLine.change(change));
        }
        analyses.clear();
        for (ReleaseState.AnalysisRecord record : state.analyses()) {
            analyses.add(ReleaseHistoryLine.analysis(record));
        }
    }

    public String getReleaseId() {
        return releaseId;
    }

    /** {@code project/environment}. */
    public String getQualifiedEnvironment() {
        return project + "/" + environment;
    }

    public String getApplication() {
        return application;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getImage() {
        return image;
    }

    /** The phase's name ({@code PROGRESSING}, {@code PROMOTED}, {@code ABORTED} …). */
    public String getPhase() {
        return phase;
    }

    public int getCanaryWeight() {
        return canaryWeight;
    }

    /** Why it ended (abort reason, failed analysis), or {@code null}. */
    public String getReason() {
        return reason;
    }

    public Date getUpdatedAt() {
        return updatedAt == 0 ? null : new Date(updatedAt);
    }

    /** Weight, match and phase changes, oldest first. */
    public List<ReleaseHistoryLine> getChanges() {
        return List.copyOf(changes);
    }

    public List<ReleaseHistoryLine> getAnalyses() {
        return List.copyOf(analyses);
    }
}
