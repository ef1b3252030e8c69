package io.jenkins.plugins.skylark.image;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Resolves a layer's glob patterns to regular files inside the workspace, sorted by path so a layer
 * is assembled the same way every time. Symbolic links are not followed, so nothing outside the
 * workspace can end up in an image.
 */
final class WorkspaceFiles {

    private final Path workspace;

    WorkspaceFiles(Path workspace) {
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    /** The layer's base directory, checked to lie inside the workspace. */
    Path directoryOf(LayerSpec layer, String field) throws ImageBuildException {
        Path directory = workspace.resolve(layer.directory()).normalize();
        if (!directory.startsWith(workspace)) {
            throw Messages.invalid("invalid.outsideWorkspace", field, layer.directory());
        }
        return directory;
    }

    /** Files matched by any pattern of the layer, sorted; fails on the first pattern that matched nothing. */
    List<Path> matching(LayerSpec layer, String field) throws ImageBuildException {
        Path directory = directoryOf(layer, field);
        List<Path> candidates = regularFilesUnder(directory);
        TreeSet<Path> matched = new TreeSet<>();
        for (String pattern : layer.includes()) {
            List<Path> hits = match(directory, candidates, pattern);
            if (hits.isEmpty()) {
                throw Messages.failure(ImageBuildException.Reason.PATTERN_MATCHED_NOTHING, "error.patternMatchedNothing",
                        layer.name(), pattern, workspace.relativize(directory).toString().isEmpty()
                                ? "." : workspace.relativize(directory).toString());
            }
            matched.addAll(hits);
        }
        return new ArrayList<>(matched);
    }

    private static List<Path> match(Path directory, List<Path> candidates, String pattern) {
        List<PathMatcher> matchers = new ArrayList<>();
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        if (pattern.startsWith("**/")) {
            // Ant's meaning: "**/" also matches no directory at all, which Java's glob does not.
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.substring(3)));
        }
        return candidates.stream()
                .filter(file -> matchers.stream().anyMatch(matcher -> matcher.matches(directory.relativize(file))))
                .toList();
    }

    private static List<Path> regularFilesUnder(Path directory) throws ImageBuildException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw Messages.failure(ImageBuildException.Reason.BUILD_FAILED, "error.readWorkspace", directory, e.getMessage());
        }
    }
}
