package io.jenkins.plugins.skylark.delivery;

import java.util.Objects;

/**
 * Idempotency keys for events a build emits. The key names the fact (which build, what happened, to
 * what, with which version), so recording the same build's events again — a re-import, a retried
 * listener — never counts twice, while a new build is always a new fact.
 */
public final class DeliveryKeys {
    private DeliveryKeys() {
    }

    /**
     * @param buildId the build's stable id ({@code job/full/name#number})
     * @param version what was delivered (an image digest, a revision), or {@code null}
     */
    public static String forBuild(String buildId, DeliveryEventType type, String application, String environment,
            String version) {
        Objects.requireNonNull(buildId, "buildId");
        return String.join("|", "build", buildId, type.name(), application, Objects.toString(environment, ""),
                Objects.toString(version, ""));
    }
}
