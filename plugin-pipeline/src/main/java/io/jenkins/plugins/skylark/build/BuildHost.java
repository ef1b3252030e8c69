package io.jenkins.plugins.skylark.build;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Where a build runs, as {@link BuildRunner} needs it: the workspace's machine reads the workspace
 * before and after ({@link BuildRunner#prepare}, {@link BuildRunner#collect}), and processes start the
 * way the build's own steps start them (in Jenkins, through the step's launcher, so that wrappers such as
 * {@code container()} apply).
 */
public interface BuildHost {
    /** {@link BuildRunner#prepare} on the workspace's machine. */
    PreparedBuild prepare(BuildRequest request) throws BuildException, IOException, InterruptedException;

    /** Whether processes start on a Unix-like system (with {@code sh}). */
    boolean unix();

    /**
     * Runs {@code arguments} in the workspace with {@code environment} on top of the environment processes
     * get there ({@code NAME+X} prepends to {@code NAME}), stdout and stderr to {@code output}; kills it when
     * the calling thread is interrupted.
     *
     * @return the exit code
     */
    int launch(List<String> arguments, Map<String, String> environment, OutputStream output)
            throws BuildException, IOException, InterruptedException;

    /** {@link BuildRunner#collect} on the workspace's machine. */
    BuildFiles collect(PreparedBuild build, boolean succeeded) throws BuildException, IOException, InterruptedException;
}
