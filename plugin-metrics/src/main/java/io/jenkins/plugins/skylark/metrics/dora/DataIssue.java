package io.jenkins.plugins.skylark.metrics.dora;

/**
 * A fact the engine left out or could not place, shown in the report so that figures can be trusted.
 *
 * @param kind        what is wrong
 * @param application application of the fact
 * @param environment environment of the fact
 * @param subject     the idempotency key, commit id or incident id concerned
 */
public record DataIssue(Kind kind, String application, String environment, String subject) {

    /** The names are part of the JSON report schema: never rename. */
    public enum Kind {
        /** A second record with an idempotency key already seen (replayed build, re-import): ignored. */
        DUPLICATE_IGNORED,
        /** A rollback with no earlier deployment in the same application and environment: ignored. */
        ROLLBACK_WITHOUT_DEPLOYMENT,
        /** A commit whose committer time is after the deployment that shipped it: no lead-time sample. */
        NEGATIVE_LEAD_TIME,
        /** An incident resolved before it was opened: left out of every figure. */
        NEGATIVE_INCIDENT_DURATION
    }
}
