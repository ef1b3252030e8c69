package io.jenkins.plugins.skylark.deploy.release.jenkins;

import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import java.util.Date;

/**
 * One row of a release's tables on the build page: a change (phase, canary weight, match route, note) or an
 * analysis (name in {@code what}, verdict in {@code phase}, reason in {@code note}). Plain fields for XStream.
 */
public final class ReleaseHistoryLine {
    private final long at;
    private final String what;
    private final String phase;
    private final int canaryWeight;
    private final String note;

    private ReleaseHistoryLine(long at, String what, String phase, int canaryWeight, String note) {
        this.at = at;
        this.what = what;
        this.phase = phase;
        this.canaryWeight = canaryWeight;
        this.note = note;
    }

    static ReleaseHistoryLine change(ReleaseState.HistoryEntry change) {
        return new ReleaseHistoryLine(millis(change.at()), match(change.match()), change.phase().name(),
                change.canaryWeight(), change.note());
    }

    static ReleaseHistoryLine analysis(ReleaseState.AnalysisRecord record) {
        return new ReleaseHistoryLine(millis(record.at()), record.name(), record.verdict(), 0, record.reason());
    }

    /** {@code header x-canary=true}, {@code cookie canary}, or {@code null} without a match route. */
    private static String match(ReleaseStep.Match match) {
        if (match == null) {
            return null;
        }
        if (match.cookie() != null) {
            return "cookie " + match.cookie();
        }
        return "header " + match.header() + (match.value() == null ? "" : "=" + match.value());
    }

    private static long millis(java.time.Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    public Date getAt() {
        return at == 0 ? null : new Date(at);
    }

    /** A change's match route, or an analysis' name. */
    public String getWhat() {
        return what;
    }

    /** A change's phase, or an analysis' verdict. */
    public String getPhase() {
        return phase;
    }

    public int getCanaryWeight() {
        return canaryWeight;
    }

    public String getNote() {
        return note;
    }
}
