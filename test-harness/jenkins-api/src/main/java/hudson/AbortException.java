package hudson;

import java.io.IOException;

/** Signals a failure whose message is shown to the user without a stack trace. */
public final class AbortException extends IOException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
    }

    public AbortException(String message) {
        super(message);
    }
}
