package io.jenkins.plugins.skylark.image.plan;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import io.jenkins.plugins.skylark.image.Layouts;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Chooses the image's layers from the step's {@link LayoutOptions} and, for what was not given, from
 * what a Maven or Gradle build leaves in the workspace: the one application jar in {@code target/} or
 * {@code build/libs/}, else {@code target/classes}; dependency jars from {@code target/dependency} or
 * {@code target/lib}. Runs where the workspace is.
 */
public final class LayoutGuess {

    static final List<String> JAR_GUESSES = List.of("target/*.jar", "build/libs/*.jar");
    static final String CLASSES_GUESS = "target/classes";
    static final List<String> DEPENDENCY_GUESSES = List.of("target/dependency", "target/lib", "target/libs");

    private LayoutGuess() {
    }

    /**
     * @param workspace absolute, normalised workspace directory
     * @throws ImageBuildException when the options contradict each other, a {@code jar} pattern finds no
     *     jar or several, or nothing was given and nothing could be guessed
     */
    public static Layout choose(LayoutOptions options, Path workspace) throws ImageBuildException {
        options.check();
        if (options.isDirectory()) {
            return new Layout(Layouts.directory(options.directory(), options.into()), List.of(),
                    Messages.get("Layout.directory", options.directory(), options.into()), false);
        }
        if (options.jar() != null) {
            String jar = JarFiles.pick("jar", options.jar(), JarFiles.matching(workspace, "jar", options.jar()));
            if (jar == null) {
                throw new ImageBuildException(ImageBuildException.Reason.PATTERN_MATCHED_NOTHING,
                        Messages.get("Layout.jarMatchedNothing", options.jar()));
            }
            return java(options, workspace, jar, null);
        }
        if (options.classes() != null) {
            return java(options, workspace, null, options.classes());
        }
        return guessed(options, workspace);
    }

    private static Layout guessed(LayoutOptions options, Path workspace) throws ImageBuildException {
        for (String glob : JAR_GUESSES) {
            String jar = JarFiles.pick("jar", glob, JarFiles.matching(workspace, "jar", glob));
            if (jar != null) {
                return java(options, workspace, jar, null);
            }
        }
        if (Files.isDirectory(workspace.resolve(CLASSES_GUESS), LinkOption.NOFOLLOW_LINKS)) {
            return java(options, workspace, null, CLASSES_GUESS);
        }
        throw new ImageBuildException(ImageBuildException.Reason.INVALID_REQUEST, Messages.get("Layout.nothingFound",
                String.join(", ", JAR_GUESSES), CLASSES_GUESS));
    }

    private static Layout java(LayoutOptions options, Path workspace, String jar, String classes)
            throws ImageBuildException {
        String dependencies = options.dependencies() != null ? options.dependencies() : dependencies(workspace);
        String mainClass = options.mainClass() != null || jar == null ? options.mainClass()
                : JarFiles.mainClassOf(workspace.resolve(jar));
        boolean resources = options.resources() != null;
        List<String> entrypoint = mainClass == null ? List.of() : Layouts.javaEntrypoint(mainClass, resources, jar);
        String description = Messages.get("Layout.java", jar != null ? jar : classes, orNone(dependencies),
                orNone(options.resources()), orNone(mainClass));
        return new Layout(Layouts.javaApplication(dependencies, options.resources(), classes, jar), entrypoint,
                description, true);
    }

    private static String dependencies(Path workspace) throws ImageBuildException {
        for (String candidate : DEPENDENCY_GUESSES) {
            if (JarFiles.containsJar(workspace.resolve(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String orNone(String value) {
        return value == null ? Messages.get("Layout.none") : value;
    }
}
