package io.jenkins.plugins.skylark.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Ready-made layer lists for the two shapes the step supports: a Java application (dependency jars,
 * resources, then classes or a jar) and any directory of files. Paths are workspace-relative.
 */
public final class Layouts {

    /** Where a Java application's parts go in the image. */
    public static final String APP_ROOT = "/app";

    private Layouts() {
    }

    /**
     * A Java application from a build's output: optional {@code dependencies} (a directory of jars,
     * {@code null} for none), optional {@code resources} (a directory, {@code null} for none), and
     * {@code classes} (a directory of class files) or {@code jar} (one jar file) — exactly one of the two.
     */
    public static List<LayerSpec> javaApplication(String dependencies, String resources, String classes, String jar) {
        if ((classes == null) == (jar == null)) {
            throw new IllegalArgumentException("exactly one of classes and jar must be given");
        }
        List<LayerSpec> layers = new ArrayList<>();
        if (dependencies != null) {
            layers.add(new LayerSpec("dependencies", LayerKind.DEPENDENCIES, dependencies, List.of("**/*.jar"),
                    APP_ROOT + "/libs"));
        }
        if (resources != null) {
            layers.add(new LayerSpec("resources", LayerKind.RESOURCES, resources, List.of("**/*"),
                    APP_ROOT + "/resources"));
        }
        layers.add(classes != null
                ? new LayerSpec("classes", LayerKind.APPLICATION, classes, List.of("**/*"), APP_ROOT + "/classes")
                : new LayerSpec("jar", LayerKind.APPLICATION, parentOf(jar), List.of(fileNameOf(jar)), APP_ROOT));
        return layers;
    }

    /** The entrypoint that runs {@code mainClass} from the layers of {@link #javaApplication}. */
    public static List<String> javaEntrypoint(String mainClass, boolean resources, String jar) {
        String application = jar != null ? APP_ROOT + "/" + fileNameOf(jar) : APP_ROOT + "/classes";
        String classPath = application + (resources ? ":" + APP_ROOT + "/resources" : "") + ":" + APP_ROOT + "/libs/*";
        return List.of("java", "-cp", classPath, mainClass);
    }

    /** Every file under {@code directory}, placed under {@code target} in one application layer. */
    public static List<LayerSpec> directory(String directory, String target) {
        return List.of(new LayerSpec("files", LayerKind.APPLICATION, directory, List.of("**/*"), target));
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }

    private static String fileNameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
