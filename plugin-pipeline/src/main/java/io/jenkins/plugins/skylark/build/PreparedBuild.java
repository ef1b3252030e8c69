package io.jenkins.plugins.skylark.build;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A build read from its workspace, ready to run: the request, the plan of the chosen tool, the variables
 * its processes get on top of the environment where they start, and when it started by the workspace
 * machine's clock (reports older than that are stale).
 */
public record PreparedBuild(BuildRequest request, BuildPlan plan, Map<String, String> environment, Instant started)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public PreparedBuild {
        environment = Map.copyOf(environment);
    }
}
