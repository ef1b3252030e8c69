package io.jenkins.plugins.skylark.build;

import io.jenkins.plugins.skylark.platform.BuildTool;
import java.io.Serializable;
import java.util.Map;

/**
 * Everything the agent needs to run a build, resolved on the controller; every field but
 * {@code environment} and {@code cache} may be {@code null}.
 *
 * @param tool the step's {@code tool}, unparsed (bad names are reported where the build runs)
 * @param modelTool the application's build tool in the platform model
 * @param args replaces the tool's default goals/tasks/script
 * @param artifacts comma-separated globs of what the build produces (step, else model)
 * @param testReports comma-separated globs of JUnit XML reports
 * @param environment the build's environment (variables named {@code NAME+X} are prepended to {@code NAME})
 * @param cache the agent directory holding the tools' caches, one sub-directory per tool
 * @param javaHome a JDK installation's home on the agent, put first on {@code PATH} as {@code JAVA_HOME}
 */
public record BuildRequest(String tool, BuildTool modelTool, String args, String artifacts, String testReports,
        Map<String, String> environment, String cache, String javaHome) implements Serializable {
    private static final long serialVersionUID = 1L;

    public BuildRequest {
        environment = Map.copyOf(environment);
    }
}
