package io.jenkins.plugins.skylark.deploy.release.state;

/**
 * A release state that cannot be read or written: broken JSON in the ConfigMap, a running release where a new
 * one should start, no release where one is expected, or too many concurrent writers. The message names the
 * ConfigMap and what is wrong.
 */
public class ReleaseStateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReleaseStateException(String message) {
        super(message);
    }

    public ReleaseStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
