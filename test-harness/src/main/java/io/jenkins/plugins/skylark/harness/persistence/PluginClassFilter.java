package io.jenkins.plugins.skylark.harness.persistence;

import hudson.remoting.ClassFilter;
import io.jenkins.plugins.skylark.harness.packaging.PluginManifests;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jenkins.model.Jenkins;

/**
 * Jenkins' class filter (core's {@code ClassFilterImpl}, JEP-200) for the test Jenkins: XStream may
 * write and read a class when remoting's blacklist does not name it and it is an array, a throwable or
 * an enum, or was loaded from Jenkins core, or from a jar whose own manifest identifies a plugin, or is
 * on core's whitelist. Everything else is refused: JDK classes off the whitelist and the classes of
 * third-party libraries, also when a plugin bundles them.
 *
 * <p>Where the test class path differs from a controller's: tests load a module's classes from
 * {@code target/classes}, which stands for the plugin jar, so that directory counts as a plugin only
 * when it holds the manifest the build puts into the jar ({@code META-INF/MANIFEST.MF}; Jenkins itself
 * would trust any {@code target/classes}). Test classes and the harness are trusted, as Jenkins trusts
 * {@code target/test-classes} and jenkins-test-harness in unit tests. The stand-in of the Jenkins API
 * is core (it also stands for the Pipeline, folder and credentials plugins).
 */
public final class PluginClassFilter extends ClassFilter {
    private static final Logger LOGGER = Logger.getLogger(PluginClassFilter.class.getName());
    private static final Set<String> WHITELIST = whitelist();
    private static final PluginClassFilter SHARED = new PluginClassFilter();

    private final String core = codeSource(Jenkins.class);
    private final String harness = codeSource(PluginClassFilter.class);
    private final Map<String, Boolean> trustedLocations = new ConcurrentHashMap<>();

    /** Makes this filter the one {@link ClassFilter#DEFAULT} (and so Jenkins' XStream) applies, as Jenkins does at start. */
    public static void register() {
        ClassFilter.setDefault(SHARED);
    }

    @Override
    public boolean isBlacklisted(String name) {
        return ClassFilter.STANDARD.isBlacklisted(name);
    }

    @Override
    public boolean isBlacklisted(Class<?> c) {
        String name = c.getName();
        if (ClassFilter.STANDARD.isBlacklisted(name)) {
            return true;
        }
        if (c.isArray() || Throwable.class.isAssignableFrom(c) || Enum.class.isAssignableFrom(c)) {
            return false;
        }
        String location = codeSource(c);
        if (location != null && trustedLocations.computeIfAbsent(location, l -> trusted(l, c))) {
            return false;
        }
        if (WHITELIST.contains(name)) {
            return false;
        }
        LOGGER.log(Level.WARNING, "{0} in {1} might be dangerous, so rejecting; see https://www.jenkins.io/redirect/class-filter/",
                new Object[] {name, location == null ? "JRE" : location});
        return true;
    }

    private boolean trusted(String location, Class<?> c) {
        if (location.equals(core) || location.equals(harness) || location.endsWith("/target/test-classes/")) {
            return true;
        }
        try {
            return PluginManifests.identifiesPlugin(PluginManifests.of(c));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "problem checking " + location, e);
            return false;
        }
    }

    /** Where {@code c} was loaded from ({@code file:/…/x.jar} or a directory), {@code null} for the JDK's classes. */
    static String codeSource(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        return location == null ? null : location.toString();
    }

    private static Set<String> whitelist() {
        try (InputStream in = PluginClassFilter.class.getResourceAsStream("whitelisted-classes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
