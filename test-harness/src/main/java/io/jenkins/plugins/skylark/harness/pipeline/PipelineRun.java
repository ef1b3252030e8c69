package io.jenkins.plugins.skylark.harness.pipeline;

import java.nio.file.Path;
import java.util.Map;

/** What a finished build leaves: its result, console text, final environment and archived artifacts. */
public record PipelineRun(BuildResult result, String log, Map<String, String> environment, Path artifacts) {

    /** The console text, for assertion messages. */
    @Override
    public String toString() {
        return "build " + result + "\n" + log;
    }
}
