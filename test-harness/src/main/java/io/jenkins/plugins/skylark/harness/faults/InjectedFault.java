package io.jenkins.plugins.skylark.harness.faults;

/** What the proxy answers instead of forwarding a call. */
public enum InjectedFault {
    SERVICE_UNAVAILABLE(503),
    INTERNAL_SERVER_ERROR(500),
    /** The proxy reads the request and closes the connection without an answer; nothing is forwarded. */
    CONNECTION_DROPPED(0);

    private final int status;

    InjectedFault(int status) {
        this.status = status;
    }

    /** The HTTP status answered, 0 for a dropped connection. */
    public int status() {
        return status;
    }
}
