package io.jenkins.plugins.skylark.build.jenkins;

import io.jenkins.plugins.skylark.harness.MissingTool;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample projects of {@code src/test/resources/build-samples}, copied into a build's workspace, and a
 * Maven cache that is the repository this test run already uses (so the sample builds need no download).
 */
final class BuildSamples {
    private BuildSamples() {
    }

    static void copy(String sample, Path workspace) throws IOException, URISyntaxException {
        Path source = Path.of(BuildSamples.class.getResource("/build-samples/" + sample).toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = workspace.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /**
     * A cache directory for {@code SKYLARK_BUILD_CACHE} whose {@code maven} entry links to the local
     * repository JUnit was loaded from ({@code …/org/junit/jupiter/junit-jupiter-api/<v>/<jar>}).
     */
    static Path mavenCache(Path directory) throws IOException, URISyntaxException {
        Path jar = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path repository = jar.getParent().getParent().getParent().getParent().getParent().getParent();
        if (!Files.exists(directory.resolve("maven"))) {
            Files.createSymbolicLink(directory.resolve("maven"), repository);
        }
        return directory;
    }

    /** Skips the test (fails it on CI) when {@code program} is missing, with {@code reason} saying where it comes from. */
    static void requireOnPath(String program, String reason) {
        if (notOnPath(program)) {
            MissingTool.skipOrFail(reason);
        }
    }

    /** Whether {@code program} is missing from this JVM's {@code PATH} (the tests' agent is this machine). */
    static boolean notOnPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .noneMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}
