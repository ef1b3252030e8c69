package io.jenkins.plugins.skylark.metrics.jenkins;

import hudson.FilePath;
import hudson.model.TaskListener;
import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.delivery.DeliveryEventType;
import io.jenkins.plugins.skylark.delivery.PreviousDeploymentInfo;
import io.jenkins.plugins.skylark.git.IssueKeys;
import io.jenkins.plugins.skylark.git.LinkedCommits;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder;
import io.jenkins.plugins.skylark.metrics.store.DeliveryStore;
import io.jenkins.plugins.skylark.metrics.store.MetricsDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Records one delivery event for a build: links the commits a deploy ships (from the previous
 * successful deployment of the same application to the same environment, read in the workspace
 * repository on the agent) and the JIRA issue keys their messages name, stores the event once, and
 * says in the build log what happened.
 *
 * <p>A deploy whose commits cannot be linked (no repository in the workspace, commit not checked out,
 * agent gone) is still recorded, without commits, and the log says why: the deployment happened and
 * counts for frequency and failure rate even without lead-time samples.
 */
final class DeliveryRecording {
    private static final Set<DeliveryEventType> WITH_COMMITS = EnumSet.of(DeliveryEventType.DEPLOYED,
            DeliveryEventType.DEPLOY_FAILED);

    private final MetricsDatabase database;

    DeliveryRecording(MetricsDatabase database) {
        this.database = database;
    }

    /**
     * @param workspace where the repository is checked out, or {@code null} (then no commits are linked)
     * @return {@code true} when the event was new, {@code false} when its key was already recorded
     * @throws IllegalArgumentException naming the field when the store refuses the event (nothing written)
     */
    boolean record(DeliveryEvent event, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        Optional<LinkedCommits> linked = linkCommits(event, workspace, listener);
        List<LinkedCommit> commits = linked.map(l -> l.commits().stream()
                .map(commit -> new LinkedCommit(commit.id(), commit.authorTime(), commit.committerTime())).toList())
                .orElse(List.of());
        // Every key-shaped word is kept (no project filter): only keys an incident links ever match.
        List<String> issueKeys = linked.map(l -> IssueKeys.inCommits(l.commits(), List.of())).orElse(List.of());
        boolean added = new DeliveryRecorder(database).record(event, commits, issueKeys);
        listener.getLogger().println(Messages.get(added ? "DeliveryRecording.recorded" : "DeliveryRecording.duplicate",
                event.type(), event.application(), Objects.toString(event.environment(), "-"), commits.size(),
                event.idempotencyKey()));
        return added;
    }

    private Optional<LinkedCommits> linkCommits(DeliveryEvent event, FilePath workspace, TaskListener listener)
            throws InterruptedException {
        if (!WITH_COMMITS.contains(event.type()) || blank(event.commitId()) || blank(event.environment())
                || workspace == null) {
            return Optional.empty();
        }
        Optional<PreviousDeploymentInfo> previous = new DeliveryStore(database)
                .previousSuccessfulDeployment(event.project(), event.application(), event.environment(),
                        event.occurredAt());
        try {
            LinkedCommits linked = workspace.act(new LinkCommitsCallable(event.commitId(),
                    previous.map(PreviousDeploymentInfo::commitId).orElse(null),
                    previous.map(p -> p.deployedAt() == null ? null : p.deployedAt().toString()).orElse(null)));
            if (linked.warning() != null) {
                listener.getLogger().println(Messages.get("DeliveryRecording.linkWarning", linked.warning()));
            }
            return Optional.of(linked);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            listener.getLogger().println(Messages.get("DeliveryRecording.notLinked", event.commitId(), e.getMessage()));
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
