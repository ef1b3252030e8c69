package io.jenkins.plugins.skylark.deploy.release.analysis;

/** A query Prometheus did not answer with a number; {@link #kind()} says why and whether a retry may help. */
public class PrometheusException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** {@code bad_data}: the query does not parse or a parameter is wrong (HTTP 400). */
        BAD_QUERY(false),
        /** {@code execution}: the query parsed but cannot be evaluated (HTTP 422). */
        EXECUTION(false),
        /** {@code timeout} / {@code canceled}, or no answer in time. */
        TIMEOUT(true),
        /** {@code unavailable} / {@code internal}, HTTP 429, 502, 503, 504. */
        UNAVAILABLE(true),
        /** No connection to Prometheus. */
        CONNECTION(true),
        /** HTTP 401 / 403: the credential was refused. */
        UNAUTHORIZED(false),
        /** An answer that is not a Prometheus API answer, or not a vector or scalar. */
        BAD_RESPONSE(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** Whether trying again later may succeed. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;

    public PrometheusException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PrometheusException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
