package io.jenkins.plugins.skylark.harness.packaging;

import java.util.jar.Attributes;
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
