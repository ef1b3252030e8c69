package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.release.ReleaseStep;
import io.jenkins.plugins.skylark.release.ReleaseStrategy;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link GrayReleaseEngine#start} starts.
 *
 * @param target         the objects the release works on
 * @param image          the new version's image
 * @param container      the container that gets {@code image}; {@code null} = the first one
 * @param strategy       canary or blue-green
 * @param steps          the release steps (kept in the state, so a later build can resume them)
 * @param buildUrl       the build starting the release: the lock's holder
 * @param waitForLock    wait (up to {@code lockTimeout}) when another live build holds the lock, instead of failing
 * @param lockTimeout    how long to wait for the lock
 * @param scaleDownDelay how long the version losing the traffic stays up after an abort or a blue-green switch
 */
public record ReleaseRequest(ReleaseTarget target, String image, String container, ReleaseStrategy strategy,
        List<ReleaseStep> steps, String buildUrl, boolean waitForLock, Duration lockTimeout, Duration scaleDownDelay)
        implements Serializable {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ReleaseRequest.class);

    public ReleaseRequest {
        require(target != null, "target");
        require(image != null && !image.isBlank(), "image");
        require(container == null || !container.isBlank(), "container");
        require(strategy != null, "strategy");
        require(buildUrl != null && !buildUrl.isBlank(), "buildUrl");
        require(lockTimeout == null || !lockTimeout.isNegative(), "lockTimeout");
        require(scaleDownDelay == null || !scaleDownDelay.isNegative(), "scaleDownDelay");
        steps = new ArrayList<>(steps == null ? List.of() : steps);
        lockTimeout = lockTimeout == null ? Duration.ZERO : lockTimeout;
        scaleDownDelay = scaleDownDelay == null ? Duration.ZERO : scaleDownDelay;
    }

    private static void require(boolean valid, String field) {
        if (!valid) {
            throw new IllegalArgumentException(TEXT.format("request.invalid", field));
        }
    }
}
