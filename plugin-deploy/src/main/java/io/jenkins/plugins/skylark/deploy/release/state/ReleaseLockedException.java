package io.jenkins.plugins.skylark.deploy.release.state;

/** Another, still running build holds the release lock of the application; the message names that build. */
public class ReleaseLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String holder;

    public ReleaseLockedException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** The URL of the build holding the lock. */
    public String holder() {
        return holder;
    }
}
