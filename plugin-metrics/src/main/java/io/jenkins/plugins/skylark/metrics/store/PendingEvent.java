package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * One event of a batch given to {@link DeliveryRecorder#recordAll}: the event, the commits it shipped and
 * the JIRA issue keys their messages name (both only for {@code DEPLOYED} and {@code DEPLOY_FAILED};
 * {@code null} means none). Commits count once per id, keys once.
 */
public record PendingEvent(DeliveryEvent event, List<LinkedCommit> commits, List<String> issueKeys) {

    public PendingEvent {
        if (event == null) {
            throw new IllegalArgumentException("PendingEvent.event must not be null");
        }
        Map<String, LinkedCommit> byId = new LinkedHashMap<>();
        if (commits != null) {
            commits.forEach(commit -> byId.putIfAbsent(commit.id(), commit));
        }
        commits = List.copyOf(byId.values());
        issueKeys = issueKeys == null ? List.of() : List.copyOf(new LinkedHashSet<>(issueKeys));
    }

    /** An event without commits. */
    public static PendingEvent of(DeliveryEvent event) {
        return new PendingEvent(event, List.of(), List.of());
    }
}
