package io.jenkins.plugins.skylark.sonar;

/**
 * A SonarQube call that did not give an answer, with a message naming the cause and what to check.
 * {@link #isTransient()} says whether asking again later may help (503, a connection refused).
 */
public final class SonarException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    SonarException(String message, boolean transientFailure) {
        super(message);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
