package io.jenkins.plugins.skylark.image.retry;

import java.io.IOException;

/** A registry call still failing after every attempt the {@link RetryPolicy} allows. */
public final class RetriesExhaustedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final String lastFailure;

    RetriesExhaustedException(int attempts, String lastFailure, Throwable last) {
        super(attempts + " attempts, last: " + lastFailure, last);
        this.attempts = attempts;
        this.lastFailure = lastFailure;
    }

    public int attempts() {
        return attempts;
    }

    /** {@link TransientFailures#summary} of the last attempt's failure. */
    public String lastFailure() {
        return lastFailure;
    }
}
