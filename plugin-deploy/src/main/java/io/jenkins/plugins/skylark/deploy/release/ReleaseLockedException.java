package io.jenkins.plugins.skylark.deploy.release;

/** Another running build holds the release lock of the application in this namespace. */
public final class ReleaseLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String holder;

    public ReleaseLockedException(String message, String holder) {
        super(message);
        this.holder = holder;
    }

    /** The build URL of the build holding the lock. */
    public String holder() {
        return holder;
    }
}
