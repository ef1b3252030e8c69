package hudson.util;

import java.io.Serializable;

/**
 * A secret string. As in Jenkins, {@link #toString()} (deprecated there) returns the plain value:
 * code must never concatenate a secret into a message, and tests that search logs for the secret
 * value catch such a mistake exactly as it would leak in Jenkins.
 */
public final class Secret implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String value;

    Secret(String value) {
        this.value = value;
    }

    /** @deprecated as in Jenkins: use {@link #toString(Secret)} or {@link #getPlainText()}. */
    @Override
    @Deprecated
    public String toString() {
        return value;
    }

    public String getPlainText() {
        return value;
    }

    @Override
    public boolean equals(Object that) {
        return that instanceof Secret s && value.equals(s.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    public static Secret fromString(String data) {
        return new Secret(data == null ? "" : data);
    }

    public static String toString(Secret s) {
        return s == null ? "" : s.value;
    }
}
