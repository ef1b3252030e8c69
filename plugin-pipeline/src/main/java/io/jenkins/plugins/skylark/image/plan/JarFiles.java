package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Finds jars in the workspace by a workspace-relative glob ({@code target/*.jar}) and reads their
 * {@code Main-Class}. Symbolic links are not followed and nothing outside the workspace is looked at.
 */
final class JarFiles {

    /** Build by-products that sit next to the application jar and are never the one to run. */
    private static final List<String> BY_PRODUCT_SUFFIXES =
            List.of("-sources.jar", "-javadoc.jar", "-tests.jar", "-test-sources.jar", "-plain.jar");
    private static final String BY_PRODUCT_PREFIX = "original-";

    private JarFiles() {
    }

    /** Workspace-relative paths ({@code /}-separated, sorted) of the regular files the glob matches. */
    static List<String> matching(Path workspace, String field, String glob) throws ImageBuildException {
        Path start = workspace.resolve(literalPrefix(glob)).normalize();
        if (!start.startsWith(workspace)) {
            throw new ImageBuildException(ImageBuildException.Reason.INVALID_REQUEST,
                    Messages.get("JarFiles.outsideWorkspace", field, glob));
        }
        if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .map(workspace::relativize)
                    .filter(matcher::matches)
                    .map(file -> file.toString().replace(File.separatorChar, '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImageBuildException(ImageBuildException.Reason.BUILD_FAILED,
                    Messages.get("JarFiles.unreadable", start, e.getMessage()));
        }
    }

    /**
     * The application jar among {@code matches}: the only one, or the only one left without the
     * by-products (sources, javadoc, tests, shade's {@code original-}); {@code null} when there is none.
     *
     * @throws ImageBuildException when several remain, naming them
     */
    static String pick(String field, String glob, List<String> matches) throws ImageBuildException {
        if (matches.size() <= 1) {
            return matches.isEmpty() ? null : matches.get(0);
        }
        List<String> applications = new ArrayList<>();
        for (String match : matches) {
            if (!isByProduct(match)) {
                applications.add(match);
            }
        }
        if (applications.size() != 1) {
            throw new ImageBuildException(ImageBuildException.Reason.INVALID_REQUEST,
                    Messages.get("JarFiles.ambiguous", field, glob, String.join(", ", matches)));
        }
        return applications.get(0);
    }

    /** The jar's {@code Main-Class}, or {@code null} when its manifest names none. */
    static String mainClassOf(Path jar) throws ImageBuildException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String mainClass = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            return mainClass == null || mainClass.isBlank() ? null : mainClass.strip();
        } catch (IOException e) {
            throw new ImageBuildException(ImageBuildException.Reason.BUILD_FAILED,
                    Messages.get("JarFiles.unreadable", jar, e.getMessage()));
        }
    }

    /** Whether the directory holds at least one jar, at any depth. */
    static boolean containsJar(Path directory) throws ImageBuildException {
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".jar")
                    && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new ImageBuildException(ImageBuildException.Reason.BUILD_FAILED,
                    Messages.get("JarFiles.unreadable", directory, e.getMessage()));
        }
    }

    /** The leading path segments without glob characters: where the search starts. */
    static String literalPrefix(String glob) {
        String[] segments = glob.split("/");
        List<String> literal = new ArrayList<>();
        for (int i = 0; i < segments.length - 1 && !hasGlobCharacter(segments[i]); i++) {
            literal.add(segments[i]);
        }
        return literal.isEmpty() ? "." : String.join("/", literal);
    }

    private static boolean hasGlobCharacter(String segment) {
        return segment.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    private static boolean isByProduct(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(BY_PRODUCT_PREFIX) || BY_PRODUCT_SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
