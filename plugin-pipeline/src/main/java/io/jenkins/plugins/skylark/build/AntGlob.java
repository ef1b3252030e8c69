package io.jenkins.plugins.skylark.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ant-style workspace globs as Jenkins users write them ({@code **}{@code /target/*.jar}, {@code dist/**}):
 * {@code *} and {@code ?} stay within a path segment, {@code **} spans any number of segments, including
 * none, and a pattern ending in {@code /} means everything below. Paths are workspace-relative, {@code /}-separated.
 */
final class AntGlob {
    /** Never searched: dependencies, not the build's own output. */
    private static final String NODE_MODULES = "node_modules";

    private final Pattern pattern;

    private AntGlob(Pattern pattern) {
        this.pattern = pattern;
    }

    static AntGlob of(String glob) {
        String normalized = glob.strip().replace('\\', '/');
        while (normalized.startsWith("./")) {
            normalized = normalized.substring(2);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (normalized.startsWith("**/", i)) {
                regex.append("(?:[^/]*/)*");
                i += 2;
            } else if (normalized.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new AntGlob(Pattern.compile(regex.toString()));
    }

    boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    /** Comma-separated globs, as the step's {@code artifacts} and {@code testReports} fields take them. */
    static List<String> split(String globs) {
        List<String> result = new ArrayList<>();
        for (String glob : globs.split(",")) {
            if (!glob.isBlank()) {
                result.add(glob.strip());
            }
        }
        return result;
    }

    /** Regular files under {@code root} matching any glob, sorted, outside {@code node_modules} and {@code .git}. */
    static List<String> find(Path root, List<String> globs) throws BuildException {
        List<AntGlob> matchers = globs.stream().map(AntGlob::of).toList();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !ignored(path))
                    .filter(path -> matchers.stream().anyMatch(m -> m.matches(path)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw BuildException.of("AntGlob.unreadable", root, e.getMessage());
        }
    }

    private static boolean ignored(String path) {
        return path.startsWith(NODE_MODULES + "/") || path.contains("/" + NODE_MODULES + "/")
                || path.startsWith(".git/");
    }
}
