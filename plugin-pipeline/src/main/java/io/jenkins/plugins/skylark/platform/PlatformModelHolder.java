package io.jenkins.plugins.skylark.platform;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model in force. A new model replaces it only when valid: an invalid configuration is rejected
 * whole and the previous model stays in force. Thread-safe; readers never see a half-applied model.
 */
public final class PlatformModelHolder {

    private final AtomicReference<PlatformModel> current;

    public PlatformModelHolder() {
        this(PlatformModel.empty());
    }

    /** Starts with {@code initial}, which must be valid. */
    public PlatformModelHolder(PlatformModel initial) {
        this.current = new AtomicReference<>(PlatformValidator.requireValid(initial));
    }

    public PlatformModel current() {
        return current.get();
    }

    /**
     * Puts {@code candidate} in force.
     *
     * @throws InvalidPlatformModelException when invalid; the previous model stays in force
     */
    public void replace(PlatformModel candidate, Locale locale) {
        current.set(PlatformValidator.requireValid(candidate, locale));
    }

    /** {@link #replace(PlatformModel, Locale)} with messages in the JVM default locale. */
    public void replace(PlatformModel candidate) {
        replace(candidate, Locale.getDefault());
    }
}
