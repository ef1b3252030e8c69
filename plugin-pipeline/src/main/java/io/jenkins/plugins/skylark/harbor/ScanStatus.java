package io.jenkins.plugins.skylark.harbor;

/**
 * Where an artifact's scan is: Harbor's job statuses ({@code Pending}, {@code Scheduled}, {@code Running},
 * {@code Success}, {@code Error}, {@code Stopped}) plus {@link #NOT_SCANNED} when the artifact has no report.
 */
public enum ScanStatus {
    NOT_SCANNED, PENDING, SCHEDULED, RUNNING, SUCCESS, ERROR, STOPPED;

    /** Harbor's {@code scan_status}; a name it may add later reads as {@link #RUNNING} so the wait goes on. */
    static ScanStatus fromHarbor(String status) {
        if (status == null || status.isBlank() || "Not Scanned".equalsIgnoreCase(status.strip())) {
            return NOT_SCANNED;
        }
        for (ScanStatus value : values()) {
            if (value.name().equalsIgnoreCase(status.strip())) {
                return value;
            }
        }
        return RUNNING;
    }

    /** A scan is queued or running: wait for it rather than start another. */
    public boolean inProgress() {
        return this == PENDING || this == SCHEDULED || this == RUNNING;
    }

    /** Harbor's name of the status, as its UI shows it. */
    public String harborName() {
        return this == NOT_SCANNED ? "Not Scanned" : name().charAt(0) + name().substring(1).toLowerCase();
    }
}
