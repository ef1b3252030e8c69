/**
 * The delivery-metrics store: records delivery events exactly once and gives the DORA engine its
 * {@link io.jenkins.plugins.skylark.metrics.dora.DeliveryHistory}. Plain JDBC, no Jenkins types.
 *
 * <ul>
 *   <li>{@link io.jenkins.plugins.skylark.metrics.store.MetricsDatabase}: opens an embedded H2 file
 *       database under {@code JENKINS_HOME/skylark-metrics/} (default) or PostgreSQL, applies the
 *       Flyway migrations in {@code migration/}, runs short retried transactions.</li>
 *   <li>{@link io.jenkins.plugins.skylark.metrics.store.DeliveryRecorder}: writes; the idempotency key
 *       is a unique column, so insert-if-absent is decided by the database, safely under concurrency
 *       on both engines (a duplicate is a unique violation, SQL state 23505, on both).</li>
 *   <li>{@link io.jenkins.plugins.skylark.metrics.store.DeliveryStore}: reads the history and the
 *       previous successful deployment (the commit linker's base).</li>
 * </ul>
 *
 * <p>Rows are only appended. State that depends on order (which deployment a rollback marks failed,
 * incident intervals) is derived when reading, so out-of-order imports and concurrent writers need
 * no row locks and cannot lose an update. The SQL is the subset H2 (default mode) and PostgreSQL both
 * run; the same test suite runs on both.
 *
 * <p>Event conventions for the adapters: deployment and incident events need an environment;
 * incident events name the incident in attribute {@code incidentId}; a {@code DEPLOY_FAILED} event
 * with attribute {@code served=false} is stored as never served ({@code NOT_SERVED}); a
 * {@code ROLLED_BACK} event's {@code version} is the version restored and carries no commits.
 */
package io.jenkins.plugins.skylark.metrics.store;
