package io.jenkins.plugins.skylark.harness.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a block changes for the code inside it: extra environment variables (withEnv, environment
 * directives, a step's EnvironmentExpander) and the current directory (dir). Immutable: a block makes a
 * child scope, so parallel branches never see each other's variables.
 */
record Scope(Map<String, String> environment, Path directory) {
    Scope {
        environment = Map.copyOf(environment);
    }

    Scope withEnvironment(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(environment);
        merged.putAll(extra);
        return new Scope(merged, directory);
    }

    Scope inDirectory(Path child) {
        return new Scope(environment, directory.resolve(child).normalize());
    }
}
