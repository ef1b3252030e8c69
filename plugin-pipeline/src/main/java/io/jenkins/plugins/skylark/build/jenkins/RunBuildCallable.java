package io.jenkins.plugins.skylark.build.jenkins;

import hudson.AbortException;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.build.BuildException;
import io.jenkins.plugins.skylark.build.BuildOutcome;
import io.jenkins.plugins.skylark.build.BuildRequest;
import io.jenkins.plugins.skylark.build.BuildRunner;
import java.io.File;
import java.io.IOException;
import jenkins.MasterToSlaveFileCallable;

/**
 * The build, sent to the agent that holds the workspace: the processes start there with the agent's
 * environment under the build's, their output streams to the build log (the listener serialises as a
 * stream back to the controller), and reports and artefacts are read there. Only the outcome comes back.
 */
final class RunBuildCallable extends MasterToSlaveFileCallable<BuildOutcome> {
    private static final long serialVersionUID = 1L;

    private final BuildRequest request;
    private final TaskListener listener;

    RunBuildCallable(BuildRequest request, TaskListener listener) {
        this.request = request;
        this.listener = listener;
    }

    @Override
    public BuildOutcome invoke(File workspace, VirtualChannel channel) throws IOException, InterruptedException {
        try {
            return BuildRunner.run(request, workspace.toPath(), System.getenv(), listener.getLogger()::println);
        } catch (BuildException e) {
            throw new AbortException(e.getMessage());
        }
    }
}
