package io.jenkins.plugins.skylark.harness.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Workspace file steps: writeFile, readFile, fileExists, deleteDir, archiveArtifacts, junit. */
final class FileSteps {
    private FileSteps() {
    }

    static void register(Map<String, PipelineStep> steps, Path artifacts) {
        steps.put("writeFile", call -> {
            Path file = resolve(call, call.text("file", false));
            Files.createDirectories(file.getParent());
            Files.writeString(file, call.text("text", false), StandardCharsets.UTF_8);
            return null;
        });
        steps.put("readFile", call -> Files.readString(resolve(call, call.text("file", true)), StandardCharsets.UTF_8));
        steps.put("fileExists", call -> Files.exists(resolve(call, call.text("file", true))));
        steps.put("deleteDir", call -> {
            deleteTree(call.runtime().directory());
            return null;
        });
        steps.put("archiveArtifacts", call -> archive(call, artifacts));
        steps.put("junit", FileSteps::junit);
    }

    private static Path resolve(StepCall call, String relative) {
        return call.runtime().directory().resolve(relative).normalize();
    }

    /** Copies the files matching the Ant-style pattern(s) into the build's artifacts, keeping their paths. */
    private static Object archive(StepCall call, Path artifacts) throws IOException {
        String patterns = call.text("artifacts", true);
        List<Path> matches = matching(call.runtime().workspace(), patterns);
        if (matches.isEmpty() && !Boolean.TRUE.equals(call.argument("allowEmptyArchive", false))) {
            throw new PipelineFailure("No artifacts found that match the file pattern \"" + patterns + "\"");
        }
        for (Path relative : matches) {
            Path target = artifacts.resolve(relative.toString());
            Files.createDirectories(target.getParent());
            Files.copy(call.runtime().workspace().resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
        }
        call.runtime().log("Archiving artifacts: " + matches.size() + " file(s)");
        return null;
    }

    private static Object junit(StepCall call) throws IOException {
        String patterns = call.text("testResults", true);
        List<Path> reports = matching(call.runtime().workspace(), patterns);
        if (reports.isEmpty() && !Boolean.TRUE.equals(call.argument("allowEmptyResults", false))) {
            throw new PipelineFailure("No test report files were found. Configuration error?");
        }
        call.runtime().log("Recording test results: " + reports.size() + " report file(s)");
        return null;
    }

    /** Workspace-relative files matching comma-separated Ant-style patterns ({@code **}, {@code *}). */
    static List<Path> matching(Path root, String patterns) throws IOException {
        List<PathMatcher> matchers = Stream.of(patterns.split(","))
                .map(String::trim)
                .map(pattern -> FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "{**/,}")))
                .toList();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .filter(relative -> matchers.stream().anyMatch(matcher -> matcher.matches(relative)))
                    .sorted()
                    .toList();
        }
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
