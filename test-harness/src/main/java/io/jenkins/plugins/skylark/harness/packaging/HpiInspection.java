package io.jenkins.plugins.skylark.harness.packaging;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.java.sezpoz.impl.SerAnnotatedElement;

/**
 * Reads a built {@code .hpi} and lists every way it departs from what a Jenkins controller expects
 * (see {@code jenkins-target.md}): manifest attributes, dependencies no newer than the target's
 * plugins, bundled jars free of Jenkins and core-library classes, and an extension index that names
 * every {@code @Extension} class of the plugin jar.
 */
public final class HpiInspection {
    private static final String EXTENSION = "hudson.Extension";
    private static final String INDEX = "META-INF/annotations/" + EXTENSION;
    private static final String OUR_CLASSES = "io/jenkins/plugins/skylark/";

    private final Path hpi;
    private final String shortName;
    private final Manifest manifest;
    private final List<String> problems = new ArrayList<>();

    private HpiInspection(Path hpi, String shortName) throws IOException {
        this.hpi = hpi;
        this.shortName = shortName;
        try (JarFile jar = new JarFile(hpi.toFile())) {
            Manifest read = jar.getManifest();
            this.manifest = read == null ? new Manifest() : read;
        }
    }

    /** Inspects {@code hpi}, expected to be the plugin {@code shortName} at {@code version}. */
    public static HpiInspection of(Path hpi, String shortName, String version) {
        try {
            HpiInspection inspection = new HpiInspection(hpi, shortName);
            inspection.checkManifest(version);
            inspection.checkLibraries();
            inspection.checkClassFilterManifests();
            inspection.checkExtensionIndex();
            return inspection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hpi, e);
        }
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String attribute(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    /** Plugin-Dependencies as id → version (resolution flags dropped). */
    public Map<String, String> dependencies() {
        Map<String, String> result = new TreeMap<>();
        String value = attribute("Plugin-Dependencies");
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String entry : value.split(",")) {
            String[] idAndVersion = entry.split(";")[0].trim().split(":", 2);
            result.put(idAndVersion[0], idAndVersion.length > 1 ? idAndVersion[1] : "");
        }
        return result;
    }

    /** Names of the jars under WEB-INF/lib. */
    public Set<String> libraries() throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    names.add(entry.getName().substring("WEB-INF/lib/".length()));
                }
            }
        }
        return names;
    }

    /** The plugin jar's own manifest (what Jenkins' class filter reads), empty when it has none. */
    public Manifest pluginJarManifest() throws IOException {
        try (JarFile jar = new JarFile(extract("WEB-INF/lib/" + shortName + ".jar").toFile())) {
            Manifest own = jar.getManifest();
            return own == null ? new Manifest() : own;
        }
    }

    /** The class names listed in the plugin jar's extension index (sezpoz's serialised format). */
    public Set<String> indexedExtensions() throws IOException {
        Path jar = extract("WEB-INF/lib/" + shortName + ".jar");
        Set<String> names = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry index = zip.getEntry(INDEX);
            if (index == null) {
                return names;
            }
            try (ObjectInputStream in = new ObjectInputStream(zip.getInputStream(index))) {
                for (Object item = in.readObject(); item != null; item = in.readObject()) {
                    names.add(((SerAnnotatedElement) item).className);
                }
            } catch (ClassNotFoundException e) {
                throw new IOException("unreadable " + INDEX + " in " + shortName + ".jar", e);
            }
        }
        return names;
    }

    private void checkManifest(String version) {
        expect("Short-Name", shortName);
        expect("Artifact-Id", shortName);
        expect("Plugin-Version", version);
        expect("Jenkins-Version", "2.479.3");
        expect("Minimum-Java-Version", "17");
        expect("Group-Id", "io.jenkins.plugins.skylark");
        for (String name : List.of("Manifest-Version", "Long-Name", "Url")) {
            if (attribute(name) == null || attribute(name).isBlank()) {
                problems.add("manifest attribute " + name + " is missing");
            }
        }
        checkDependencies(version);
    }

    private void checkDependencies(String version) {
        Properties target = TargetFacts.load("target-plugins.properties");
        dependencies().forEach((id, required) -> {
            if (id.startsWith("skylark-")) {
                if (!required.equals(version)) {
                    problems.add("dependency " + id + " must require " + version + ", not " + required);
                }
            } else if (!target.containsKey(id)) {
                problems.add("dependency " + id + " is not installed on the target controller");
            } else if (PluginVersions.compare(required, target.getProperty(id)) > 0) {
                problems.add("dependency " + id + ":" + required + " is newer than the target's "
                        + target.getProperty(id));
            }
        });
    }

    private void checkLibraries() throws IOException {
        Set<String> libraries = libraries();
        if (!libraries.contains(shortName + ".jar")) {
            problems.add("WEB-INF/lib/" + shortName + ".jar is missing");
        }
        Properties forbidden = TargetFacts.load("forbidden-content.properties");
        for (String library : libraries) {
            Path jar = extract("WEB-INF/lib/" + library);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    String owner = forbiddenOwner(forbidden, entry.getName());
                    if (owner != null) {
                        problems.add(library + " bundles " + entry.getName() + " (" + owner + ")");
                        break;
                    }
                }
            }
        }
    }

    /**
     * Jenkins' class filter (JEP-200) lets XStream save a class only when the jar it was loaded from
     * identifies itself in its own manifest; the {@code .hpi}'s outer manifest does not count. So the
     * plugin jar, and any other bundled jar holding classes of ours, must carry those attributes.
     */
    private void checkClassFilterManifests() throws IOException {
        for (String library : libraries()) {
            Path jar = extract("WEB-INF/lib/" + library);
            try (JarFile classes = new JarFile(jar.toFile())) {
                boolean ours = library.equals(shortName + ".jar") || classes.stream()
                        .anyMatch(entry -> entry.getName().startsWith(OUR_CLASSES) && entry.getName().endsWith(".class"));
                if (ours && !PluginManifests.identifiesPlugin(classes.getManifest())) {
                    problems.add("WEB-INF/lib/" + library + " holds our classes but its own manifest does not identify a"
                            + " plugin (" + PluginManifests.RULE + "): Jenkins' class filter refuses to save them");
                }
            }
        }
    }

    private static String forbiddenOwner(Properties forbidden, String entry) {
        if (!entry.endsWith(".class")) {
            return null;
        }
        for (String owner : forbidden.stringPropertyNames()) {
            for (String prefix : forbidden.getProperty(owner).split(",")) {
                if (entry.startsWith(prefix.trim())) {
                    return owner;
                }
            }
        }
        return null;
    }

    private void checkExtensionIndex() throws IOException {
        if (!libraries().contains(shortName + ".jar")) {
            return;
        }
        Path jar = extract("WEB-INF/lib/" + shortName + ".jar");
        Set<String> annotated = new TreeSet<>();
        try (JarFile classes = new JarFile(jar.toFile())) {
            for (JavaClass type : new ClassFileImporter().importJar(classes)) {
                if (type.isAnnotatedWith(EXTENSION)) {
                    annotated.add(type.getName());
                }
            }
        }
        Set<String> indexed = indexedExtensions();
        for (String name : annotated) {
            if (!indexed.contains(name)) {
                problems.add("@Extension " + name + " is missing from " + INDEX);
            }
        }
        for (String name : indexed) {
            if (!annotated.contains(name)) {
                problems.add(INDEX + " names " + name + ", which is not an @Extension class of the jar");
            }
        }
    }

    private Path extract(String entryName) throws IOException {
        try (ZipFile zip = new ZipFile(hpi.toFile())) {
            ZipEntry entry = zip.getEntry(entryName);
            if (entry == null) {
                throw new IOException(hpi.getFileName() + " has no " + entryName);
            }
            Path target = Files.createTempFile("hpi-entry", ".jar");
            target.toFile().deleteOnExit();
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
    }

    private void expect(String name, String value) {
        if (!value.equals(attribute(name))) {
            problems.add("manifest attribute " + name + " is '" + attribute(name) + "', expected '" + value + "'");
        }
    }

    /** Facts about the target controller kept as resources next to this class. */
    private static final class TargetFacts {
        static Properties load(String name) {
            Properties properties = new Properties();
            try (InputStream in = HpiInspection.class.getResourceAsStream(name)) {
                properties.load(in);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("missing packaging fact file " + name, e);
            }
            return properties;
        }
    }

}
