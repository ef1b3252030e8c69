package io.jenkins.plugins.skylark.deploy.release.state;

import io.jenkins.plugins.skylark.deploy.release.ReleaseTarget;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A gray release as kept in the cluster. Plain JDK collections: a running step keeps it in its saved state. Weights here are what the release last wrote; what the router
 * serves is read from the router objects ({@code TrafficRouting.read}).
 *
 * @param releaseId      unique id of this release (e.g. {@code orders-20261203-1a2b})
 * @param target         the objects it works on
 * @param buildUrl       the build that started it (or took it over)
 * @param strategy       canary or blue-green
 * @param steps          the release steps
 * @param currentStep    index in {@code steps} of the next step to run ({@code steps.size()}: all done)
 * @param phase          where it stands
 * @param image          the new version's image
 * @param stableImage    the image stable ran when the release started (what an abort keeps)
 * @param stableRevision the stable Deployment's revision when the release started
 * @param canaryRevision the canary Deployment's revision
 * @param canaryWeight   the canary share the release last wrote
 * @param match          the match route the release last wrote; {@code null} = none
 * @param exposedUsers   users were ever sent to the canary (weight above 0 or a match)
 * @param pausedUntil    end of the current timed pause; {@code null} = none
 * @param awaitingApproval the current pause waits for a person
 * @param reason         why it ended (abort reason, failed analysis), or {@code null}
 * @param analyses       analyses run so far
 * @param history        every change of weight, match or phase, oldest first
 * @param startedAt      when it started
 * @param updatedAt      last write
 * @param scaleDownAt    when an ended release's leftover version may be scaled down ({@code null} = not pending)
 */
public record ReleaseState(String releaseId, ReleaseTarget target, String buildUrl, ReleaseStrategy strategy,
        List<ReleaseStep> steps, int currentStep, ReleasePhase phase, String image, String stableImage,
        long stableRevision, long canaryRevision, int canaryWeight, ReleaseStep.Match match, boolean exposedUsers,
        Instant pausedUntil, boolean awaitingApproval, String reason, List<AnalysisRecord> analyses,
        List<HistoryEntry> history, Instant startedAt, Instant updatedAt, Instant scaleDownAt)
        implements Serializable {

    public ReleaseState {
        steps = new ArrayList<>(steps);
        analyses = new ArrayList<>(analyses == null ? List.of() : analyses);
        history = new ArrayList<>(history == null ? List.of() : history);
    }

    /** One analysis run: its name, verdict ({@code SUCCESSFUL}, {@code FAILED}, {@code INCONCLUSIVE}) and reason. */
    public record AnalysisRecord(String name, String verdict, String reason, Instant at) implements Serializable {
    }

    /** One change the release made, as the build page and {@code grayStatus} show it. */
    public record HistoryEntry(Instant at, ReleasePhase phase, int canaryWeight, ReleaseStep.Match match,
            String note) implements Serializable {
    }
}
