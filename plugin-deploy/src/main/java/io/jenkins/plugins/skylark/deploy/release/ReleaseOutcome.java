package io.jenkins.plugins.skylark.deploy.release;

import io.jenkins.plugins.skylark.deploy.DeployResult;
import io.jenkins.plugins.skylark.deploy.release.state.ReleasePhase;
import io.jenkins.plugins.skylark.deploy.release.state.ReleaseState;
import java.io.Serializable;

/**
 * How a release ended (or stands, when a blue-green switch back is still possible): a result a pipeline can act on.
 *
 * @param phase   {@code PROMOTED}, {@code ABORTED} or {@code INCONCLUSIVE}
 * @param message one line for the build log: what happened and why
 * @param state   the release state as written last
 * @param result  the delivery events to publish: {@code DEPLOYED} when promoted, {@code DEPLOY_FAILED} with
 *                {@code served} true or false when aborted
 */
public record ReleaseOutcome(ReleasePhase phase, String message, ReleaseState state, DeployResult result)
        implements Serializable {
}
