package io.jenkins.plugins.skylark.image.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.image.ImageResult;
import io.jenkins.plugins.skylark.image.plan.ImagePlan;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * The one piece of work sent to the agent: builds the planned image in the workspace, writing progress
 * to the build log (the listener serialises as a stream back to the controller). A failure comes back as
 * an {@link AbortException} carrying the engine's message, which names what failed and holds no secret.
 */
final class BuildImageCallable extends MasterToSlaveFileCallable<ImageResult> {
    private static final long serialVersionUID = 1L;

    private final ImagePlan plan;
    private final TaskListener listener;

    BuildImageCallable(ImagePlan plan, TaskListener listener) {
        this.plan = plan;
        this.listener = listener;
    }

    @Override
    public ImageResult invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        try {
            return plan.build(workspace.toPath(), listener.getLogger()::println);
        } catch (ImageBuildException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
