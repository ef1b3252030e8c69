package io.jenkins.plugins.skylark.metrics.store;

/** The metrics database could not do what was asked; the message says what, the cause why. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
