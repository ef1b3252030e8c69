package io.jenkins.plugins.skylark.deploy.rollout;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.Serializable;

/** A named failure cause and the evidence for it (pod, container, reason, message). */
public record Diagnosis(FailureCause cause, String detail) implements Serializable {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(Diagnosis.class);

    /** {@code image pull error: pod orders-7d…: container app: ImagePullBackOff: …}. */
    public String describe() {
        String name = TEXT.format("cause." + cause.name());
        return detail == null || detail.isBlank() ? name : name + ": " + detail;
    }
}
