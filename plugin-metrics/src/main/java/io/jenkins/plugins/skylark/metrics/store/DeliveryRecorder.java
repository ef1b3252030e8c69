package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.delivery.DeliveryEvent;
import io.jenkins.plugins.skylark.metrics.dora.LinkedCommit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records delivery events, each exactly once. The raw event is always kept; a deployment event
 * ({@code DEPLOYED}, {@code DEPLOY_FAILED}, {@code ROLLED_BACK}) also becomes a deployment row with
 * its linked commits, an incident event an incident change. Rows are only ever added: which
 * deployment a rollback marks failed, and the open/resolved intervals of an incident, are worked
 * out when the history is read, so events may arrive in any order.
 *
 * <p>Idempotency: the event's idempotency key is unique in the database. A second event with a known
 * key (a replayed build, re-imported history, the same event from two threads at once) hits that
 * constraint, its transaction is rolled back, and {@link #record} answers {@code false}. The first
 * event with a key wins; a later one with different content is ignored. A batch ({@link #recordAll})
 * looks its keys up first and inserts only the new ones; a key another writer records meanwhile is a
 * unique violation, and the batch is looked up and written again.
 */
public final class DeliveryRecorder {

    /** Attribute naming the incident of an {@code INCIDENT_OPENED}/{@code INCIDENT_RESOLVED} event (required). */
    public static final String ATTRIBUTE_INCIDENT_ID = "incidentId";
    /** Attribute of an incident event: keys of the issues the incident links, comma-separated (rework rate). */
    public static final String ATTRIBUTE_LINKED_ISSUES = "linkedIssues";
    /** Attribute of an incident event: names of the versions that fix it, comma-separated (rework rate). */
    public static final String ATTRIBUTE_FIX_VERSIONS = "fixVersions";
    /** Attribute of a {@code DEPLOY_FAILED} event: {@code "false"} when no user was ever served the new version. */
    public static final String ATTRIBUTE_SERVED = "served";

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ATTEMPTS = 5;

    private final MetricsDatabase database;
    private final Clock clock;

    public DeliveryRecorder(MetricsDatabase database) {
        this(database, Clock.systemUTC());
    }

    DeliveryRecorder(MetricsDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Stores {@code event} with the commits it shipped (only for {@code DEPLOYED} and
     * {@code DEPLOY_FAILED}; empty or {@code null} otherwise).
     *
     * @return {@code true} if the event was new, {@code false} if its idempotency key was already recorded
     * @throws IllegalArgumentException naming the field when the event cannot be stored; nothing is written
     * @throws StoreException when the database fails
     */
    public boolean record(DeliveryEvent event, List<LinkedCommit> commits) {
        return record(event, commits, List.of());
    }

    /**
     * {@link #record(DeliveryEvent, List)} with the JIRA issue keys the commits' messages name (only for
     * {@code DEPLOYED} and {@code DEPLOY_FAILED}), kept for the rework rate.
     */
    public boolean record(DeliveryEvent event, List<LinkedCommit> commits, Collection<String> issueKeys) {
        PendingEvent pending = new PendingEvent(event, commits,
                issueKeys == null ? List.of() : List.copyOf(new LinkedHashSet<>(issueKeys)));
        EventRules.check(pending.event(), pending.commits(), pending.issueKeys());
        return write(List.of(pending)).get(0);
    }

    /**
     * Records a batch in one transaction, forced to the disk once: the events whose keys are new (the first
     * of a key repeated inside the batch); the others are left out as {@link #record} leaves them.
     *
     * @return per event, in order, whether it was recorded now
     * @throws IllegalArgumentException naming the event and field when one cannot be stored; nothing is written
     * @throws StoreException when the database fails; nothing is written
     */
    public List<Boolean> recordAll(List<PendingEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            PendingEvent pending = events.get(i);
            try {
                EventRules.check(pending.event(), pending.commits(), pending.issueKeys());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(StoreMessages.format("batch.event.invalid", i + 1,
                        pending.event().idempotencyKey(), e.getMessage()), e);
            }
        }
        return events.isEmpty() ? List.of() : write(events);
    }

    private List<Boolean> write(List<PendingEvent> events) {
        Set<SeriesWalks.SeriesName> series = new HashSet<>();
        events.stream().map(PendingEvent::event).filter(EventRules::isDeployment)
                .forEach(event -> series.add(SeriesWalks.SeriesName.of(event)));
        Map<String, Long> seriesIds = EventBatchWriter.seriesIds(database, series);
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inDurableTransaction(connection -> insertNew(connection, events, seriesIds));
            } catch (StoreException e) {
                // Another writer recorded one of these keys between our look-up and our insert: look again.
                if (attempt >= MAX_ATTEMPTS || !(e.getCause() instanceof SQLException cause) || !isUniqueViolation(cause)) {
                    throw e;
                }
            }
        }
    }

    private List<Boolean> insertNew(Connection connection, List<PendingEvent> events, Map<String, Long> seriesIds)
            throws SQLException {
        Set<String> recorded = EventBatchWriter.recordedKeys(connection,
                events.stream().map(e -> e.event().idempotencyKey()).distinct().toList());
        List<Boolean> fresh = new ArrayList<>(events.size());
        List<PendingEvent> toInsert = new ArrayList<>();
        for (PendingEvent pending : events) {
            boolean isNew = recorded.add(pending.event().idempotencyKey());
            fresh.add(isNew);
            if (isNew) {
                toInsert.add(pending);
            }
        }
        EventBatchWriter.insert(connection, toInsert, seriesIds, clock.instant());
        return fresh;
    }

    /** SQL state 23505 (both databases), also when a JDBC batch wraps it. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())
                    || next.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
