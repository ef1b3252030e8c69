package io.jenkins.plugins.skylark.harness.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The test Jenkins' class filter applies to a jar's own manifest (core's {@code ClassFilterImpl}): the
 * jar is a plugin's when it names the plugin ({@code Short-Name}) and its version or the Jenkins version
 * it needs, as maven-hpi-plugin writes them; or when it declares itself whitelisted for the filter.
 */
public final class PluginManifests {
    /** The rule, as problem messages name it. */
    public static final String RULE = "Short-Name plus Plugin-Version or Jenkins-Version,"
            + " or Jenkins-ClassFilter-Whitelisted: true";

    private PluginManifests() {
    }

    /**
     * The manifest of the jar or classes directory {@code type} was loaded from ({@code META-INF/MANIFEST.MF}
     * there), {@code null} when it has none or is not a file location.
     */
    public static Manifest of(Class<?> type) throws IOException {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        if (Files.isRegularFile(location)) {
            try (JarFile jar = new JarFile(location.toFile(), false)) {
                return jar.getManifest();
            }
        }
        Path manifest = location.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in);
        }
    }

    /** Whether Jenkins' class filter takes classes from a jar with this manifest ({@code null}: none) as a plugin's. */
    public static boolean identifiesPlugin(Manifest manifest) {
        if (manifest == null) {
            return false;
        }
        Attributes main = manifest.getMainAttributes();
        return main.getValue("Short-Name") != null
                && (main.getValue("Plugin-Version") != null || main.getValue("Jenkins-Version") != null)
                || "true".equals(main.getValue("Jenkins-ClassFilter-Whitelisted"));
    }
}
