package io.jenkins.plugins.skylark.image.plan;

import static io.jenkins.plugins.skylark.text.Blank.strippedOrNull;

import io.jenkins.plugins.skylark.image.ImageBuildException;
import java.io.Serializable;

/**
 * How the step was told to lay the image out; every field may be {@code null}. Either a plain
 * {@code directory} (copied {@code into} the image), or a Java application: a {@code jar} (a
 * workspace-relative glob that must find exactly one jar) or a {@code classes} directory, with optional
 * {@code dependencies} (directory of jars) and {@code resources} directories and a {@code mainClass}.
 * With none of {@code directory}, {@code jar} and {@code classes}, {@link LayoutGuess} looks at the workspace.
 */
public record LayoutOptions(String jar, String classes, String dependencies, String resources, String mainClass,
        String directory, String into) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where a directory's files go when {@code into} is not given. */
    public static final String DEFAULT_INTO = "/app";

    public LayoutOptions {
        jar = strippedOrNull(jar);
        classes = strippedOrNull(classes);
        dependencies = strippedOrNull(dependencies);
        resources = strippedOrNull(resources);
        mainClass = strippedOrNull(mainClass);
        directory = strippedOrNull(directory);
        into = strippedOrNull(into) == null ? DEFAULT_INTO : into.strip();
    }

    /** Options that contradict each other, refused before anything is read. */
    public void check() throws ImageBuildException {
        if (jar != null && classes != null) {
            throw invalid("LayoutOptions.jarAndClasses");
        }
        if (directory != null && (jar != null || classes != null || dependencies != null || resources != null
                || mainClass != null)) {
            throw invalid("LayoutOptions.directoryAndJava");
        }
        if (!into.startsWith("/")) {
            throw invalid("LayoutOptions.intoNotAbsolute", into);
        }
    }

    boolean isDirectory() {
        return directory != null;
    }

    private static ImageBuildException invalid(String key, Object... arguments) {
        return new ImageBuildException(ImageBuildException.Reason.INVALID_REQUEST, Messages.get(key, arguments));
    }

}
