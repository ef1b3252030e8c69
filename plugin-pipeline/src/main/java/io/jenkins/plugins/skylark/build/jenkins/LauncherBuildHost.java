package io.jenkins.plugins.skylark.build.jenkins;

import hudson.AbortException;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import hudson.model.TaskListener;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.skylark.build.BuildException;
import io.jenkins.plugins.skylark.build.BuildFiles;
import io.jenkins.plugins.skylark.build.BuildHost;
import io.jenkins.plugins.skylark.build.BuildRequest;
import io.jenkins.plugins.skylark.build.BuildRunner;
import io.jenkins.plugins.skylark.build.PreparedBuild;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import jenkins.MasterToSlaveFileCallable;

/**
 * The build's host in Jenkins: the workspace is read on its agent by callables ({@code FilePath.act});
 * processes start through the step's {@link Launcher}, as {@code sh} starts them, so that what decorates
 * it ({@code container()}, {@code withDockerContainer}) applies. The launcher does not print the command
 * line ({@code quiet}): the runner logs it, and it holds no secret (those travel in the environment).
 */
final class LauncherBuildHost implements BuildHost {
    private final FilePath workspace;
    private final Launcher launcher;
    private final TaskListener listener;

    LauncherBuildHost(FilePath workspace, Launcher launcher, TaskListener listener) {
        this.workspace = workspace;
        this.launcher = launcher;
        this.listener = listener;
    }

    @Override
    public PreparedBuild prepare(BuildRequest request) throws IOException, InterruptedException {
        return workspace.act(new Prepare(request));
    }

    @Override
    public boolean unix() {
        return launcher.isUnix();
    }

    @Override
    public int launch(List<String> arguments, Map<String, String> environment, OutputStream output)
            throws IOException, InterruptedException {
        Proc process = launcher.launch().cmds(arguments).envs(environment).pwd(workspace).stdout(output).quiet(true)
                .start();
        try {
            return process.join();
        } catch (InterruptedException e) {
            process.kill(); // the build was aborted: the tool and what it started end with it
            throw e;
        }
    }

    @Override
    public BuildFiles collect(PreparedBuild build, boolean succeeded) throws IOException, InterruptedException {
        return workspace.act(new Collect(build, succeeded, listener));
    }

    /** Reads the workspace on its agent: tool, plan, environment. */
    private static final class Prepare extends MasterToSlaveFileCallable<PreparedBuild> {
        private static final long serialVersionUID = 1L;
        private final BuildRequest request;

        Prepare(BuildRequest request) {
            this.request = request;
        }

        @Override
        public PreparedBuild invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                return BuildRunner.prepare(request, workspace.toPath());
            } catch (BuildException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }

    /** Reads the test reports and finds the artefacts (with their SHA-256) on the workspace's agent. */
    private static final class Collect extends MasterToSlaveFileCallable<BuildFiles> {
        private static final long serialVersionUID = 1L;
        private final PreparedBuild build;
        private final boolean succeeded;
        private final TaskListener listener;

        Collect(PreparedBuild build, boolean succeeded, TaskListener listener) {
            this.build = build;
            this.succeeded = succeeded;
            this.listener = listener;
        }

        @Override
        public BuildFiles invoke(File workspace, VirtualChannel channel) throws IOException {
            try {
                return BuildRunner.collect(build, succeeded, workspace.toPath(), listener.getLogger()::println);
            } catch (BuildException e) {
                throw new AbortException(e.getMessage());
            }
        }
    }
}
