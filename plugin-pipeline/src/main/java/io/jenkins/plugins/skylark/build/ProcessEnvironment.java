package io.jenkins.plugins.skylark.build;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a build process gets, built the way Jenkins' launcher builds it: the agent's own
 * environment, overridden by the build's; a build variable named {@code NAME+SUFFIX} (as {@code withEnv}
 * and tool installations write {@code PATH+JDK}) is prepended to {@code NAME}.
 */
final class ProcessEnvironment {
    private ProcessEnvironment() {
    }

    static Map<String, String> merge(Map<String, String> agent, Map<String, String> build) {
        Map<String, String> result = new LinkedHashMap<>(agent);
        Map<String, String> prepends = new LinkedHashMap<>();
        build.forEach((key, value) -> {
            int plus = key.indexOf('+');
            if (plus > 0) {
                prepends.put(key, value);
            } else {
                result.put(key, value);
            }
        });
        prepends.forEach((key, value) -> prepend(result, key.substring(0, key.indexOf('+')), value));
        return result;
    }

    static void prepend(Map<String, String> environment, String name, String directory) {
        String current = environment.get(name);
        environment.put(name, current == null || current.isEmpty() ? directory
                : directory + File.pathSeparator + current);
    }

    /** The executable {@code program} on the environment's {@code PATH}, as a shell would find it. */
    static Optional<Path> which(String program, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        boolean windows = File.pathSeparatorChar == ';';
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            for (String suffix : windows ? new String[] {".exe", ".cmd", ".bat", ""} : new String[] {""}) {
                Path candidate = Path.of(directory, program + suffix);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
