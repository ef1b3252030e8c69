package io.jenkins.plugins.skylark.release;

/**
 * How a gray release moves traffic: {@link #CANARY} by growing weights, {@link #BLUE_GREEN} by previewing the
 * new version without traffic and then switching all of it at once, the old version staying up for a delay.
 */
public enum ReleaseStrategy {
    CANARY("canary"),
    BLUE_GREEN("blueGreen");

    private final String userName;

    ReleaseStrategy(String userName) {
        this.userName = userName;
    }

    /** The name users write: {@code canary}, {@code blueGreen}. */
    public String userName() {
        return userName;
    }
}
