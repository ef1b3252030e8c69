package io.jenkins.plugins.skylark.build.jenkins;

import hudson.model.Run;
import io.jenkins.plugins.skylark.build.BuildOutcome;
import io.jenkins.plugins.skylark.build.TestSummary;
import io.jenkins.plugins.skylark.platform.BuildTool;
import java.util.List;

/** For other packages' tests: records a successful {@code platformBuild} of {@code tool} on a build. */
public final class RecordedBuilds {
    private RecordedBuilds() {
    }

    public static void succeeded(Run<?, ?> run, BuildTool tool, String command) {
        PlatformBuildAction.of(run).add(new BuildOutcome(tool, command, 0, null, TestSummary.NONE, List.of(),
                List.of()));
    }
}
