package io.jenkins.plugins.skylark.image;

/**
 * A build that failed, with a message fit for the build log that names what failed. It carries no
 * cause: library exceptions are summarised into the message (without secrets) so that nothing
 * unexpected travels from the agent to the controller.
 */
public final class ImageBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently to each. */
    public enum Reason {
        INVALID_REQUEST,
        PATTERN_MATCHED_NOTHING,
        REGISTRY_UNREACHABLE,
        /** The registry kept failing transiently (5xx, dropped connections) until the retries were spent. */
        REGISTRY_UNAVAILABLE,
        AUTHENTICATION_REFUSED,
        BASE_IMAGE_MISSING,
        BUILD_FAILED
    }

    private final Reason reason;

    public ImageBuildException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
