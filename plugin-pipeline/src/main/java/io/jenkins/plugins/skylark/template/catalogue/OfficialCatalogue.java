package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.template.TemplateCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * The catalogue bundled in this plugin: every {@value TemplateCatalog#INDEX} the class loader offers, read
 * like {@link TemplateCatalog} does, except that a broken index line or template is a problem and the rest
 * still loads (one bad template must not empty the gallery).
 */
public final class OfficialCatalogue {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private OfficialCatalogue() {
    }

    public static LoadedCatalogue load(ClassLoader loader, String version) {
        CatalogueLoader catalogue = new CatalogueLoader(CatalogueLibrary.OFFICIAL, version);
        Set<String> seen = new HashSet<>();
        List<URL> indexes;
        try {
            indexes = Collections.list(loader.getResources(TemplateCatalog.INDEX));
        } catch (IOException e) {
            catalogue.problem(TemplateCatalog.INDEX, "", 0, "cannot list the indexes: " + e.getMessage());
            return catalogue.done();
        }
        for (URL index : indexes) {
            List<String> lines;
            try (InputStream in = index.openStream()) {
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            } catch (IOException e) {
                catalogue.problem(TemplateCatalog.INDEX, "", 0, "cannot read " + index + ": " + e.getMessage());
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                String id = lines.get(i).replaceFirst("#.*", "").strip();
                if (id.isEmpty()) {
                    continue;
                }
                if (!ID.matcher(id).matches() || !seen.add(id)) {
                    catalogue.problem(TemplateCatalog.INDEX, "", i + 1, seen.contains(id) && ID.matcher(id).matches()
                            ? "template id \"" + id + "\" is listed more than once"
                            : "template id \"" + id + "\" is not a valid id (lower-case letters, digits and dashes)");
                    continue;
                }
                catalogue.load(new CatalogueFolder(id, path -> resource(loader, TemplateCatalog.ROOT + "/" + id + "/" + path)));
            }
        }
        return catalogue.done();
    }

    private static Optional<byte[]> resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The version of the plugin holding {@code anchor}: {@code Plugin-Version} of the manifest next to its
     * classes (the build writes it into the plugin jar), {@code bundled} when there is none (an IDE run).
     */
    public static String pluginVersion(Class<?> anchor) {
        URL classFile = anchor.getResource(anchor.getSimpleName() + ".class");
        if (classFile == null) {
            return "bundled";
        }
        String url = classFile.toString();
        String root = url.substring(0, url.length() - (anchor.getName().replace('.', '/') + ".class").length());
        try (InputStream in = URI.create(root + "META-INF/MANIFEST.MF").toURL().openStream()) {
            String version = new Manifest(in).getMainAttributes().getValue("Plugin-Version");
            return version == null || version.isBlank() ? "bundled" : version;
        } catch (IOException | IllegalArgumentException e) {
            return "bundled";
        }
    }
}
