package io.jenkins.plugins.skylark.deploy.manifest;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads manifest files, and folders recursively ({@code .yaml}, {@code .yml}, {@code .json}, in path
 * order), given relative to a base folder they may not leave.
 */
public final class ManifestFiles {
    private static final LocalizedBundle TEXT = LocalizedBundle.of(ManifestFiles.class);

    private ManifestFiles() {
    }

    public static List<ManifestSource> read(Path base, List<String> paths) {
        Path root = base.toAbsolutePath().normalize();
        List<ManifestSource> sources = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            Path resolved = root.resolve(path).normalize();
            if (!resolved.startsWith(root)) {
                problems.add(TEXT.format("path.outside", path));
            } else if (!Files.exists(resolved)) {
                problems.add(TEXT.format("path.missing", path));
            } else {
                filesUnder(resolved).forEach(file -> sources.add(new ManifestSource(name(root, file), content(file))));
            }
        }
        if (problems.isEmpty() && sources.isEmpty()) {
            problems.add(TEXT.format("path.empty", String.join(", ", paths)));
        }
        InvalidManifestException.throwIfAny(problems);
        return sources;
    }

    private static List<Path> filesUnder(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(ManifestFiles::isManifest).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isManifest(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
