package io.jenkins.plugins.skylark.deploy.workload;

import java.util.regex.Pattern;

/**
 * Label and annotation keys Skylark writes. Its own prefix, so a user's {@code app.kubernetes.io/*}
 * labels are never overwritten; later operations find an application's workloads by
 * {@link #APPLICATION}.
 */
public final class SkylarkLabels {
    public static final String APPLICATION = "skylark.jenkins.io/application";
    public static final String VERSION = "skylark.jenkins.io/version";
    public static final String COMMIT = "skylark.jenkins.io/commit";
    public static final String BUILD_URL = "skylark.jenkins.io/build-url";
    /**
     * On the objects {@code platformExpose} created (never on the manifests' own), so {@code platformUnexpose}
     * removes only those.
     */
    public static final String EXPOSED = "skylark.jenkins.io/exposed";
    /** The field manager of every write Skylark makes. */
    public static final String FIELD_MANAGER = "skylark";

    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

    private SkylarkLabels() {
    }

    /** Whether Kubernetes accepts {@code value} as a label value (else it goes into an annotation only). */
    public static boolean isLabelValue(String value) {
        return value != null && value.length() <= 63 && LABEL_VALUE.matcher(value).matches();
    }
}
