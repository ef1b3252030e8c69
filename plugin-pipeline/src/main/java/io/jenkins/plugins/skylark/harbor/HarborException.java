package io.jenkins.plugins.skylark.harbor;

/**
 * A Harbor call that failed, with a message naming the call's project, repository or digest and Harbor's own
 * error text; never a credential. {@code status} is the HTTP status, 0 when Harbor was not reached.
 */
public final class HarborException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    public HarborException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
