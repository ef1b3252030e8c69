package io.jenkins.plugins.skylark.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All templates a class loader offers. A catalogue jar registers its templates by listing their ids,
 * one per line ({@code #} starts a comment), in {@value #INDEX}; each id names the folder
 * {@code skylark-templates/<id>/}. Every jar on the class path may contribute an index; an id listed
 * twice is an error. Templates are read and checked when the catalogue loads.
 */
public final class TemplateCatalog {

    /** The class-path folder holding template folders. */
    public static final String ROOT = "skylark-templates";
    /** The class-path resource listing a jar's template ids. */
    public static final String INDEX = ROOT + "/index.txt";

    private final Map<String, TemplateDescriptor> templates;

    private TemplateCatalog(Map<String, TemplateDescriptor> templates) {
        this.templates = Collections.unmodifiableMap(templates);
    }

    /** Reads every index on the class path and every template they list. */
    public static TemplateCatalog load(ClassLoader loader) {
        Map<String, TemplateDescriptor> templates = new TreeMap<>();
        try {
            for (URL index : Collections.list(loader.getResources(INDEX))) {
                readIndex(index, loader, templates);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + INDEX, e);
        }
        return new TemplateCatalog(templates);
    }

    /** A catalogue of templates read elsewhere (a directory, an editor's workspace). */
    public static TemplateCatalog of(Collection<TemplateDescriptor> descriptors) {
        Map<String, TemplateDescriptor> templates = new TreeMap<>();
        descriptors.forEach(d -> templates.put(d.id(), d));
        return new TemplateCatalog(templates);
    }

    private static void readIndex(URL index, ClassLoader loader, Map<String, TemplateDescriptor> templates) {
        List<String> lines = lines(index);
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).replaceFirst("#.*", "").strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!DescriptorReader.ID.matcher(id).matches() || templates.containsKey(id)) {
                throw new TemplateDefinitionException(index.toString(), "", i + 1,
                        templates.containsKey(id) ? "index.duplicate" : "index.badId", id);
            }
            templates.put(id, DescriptorReader.read(TemplateSource.classpath(loader, ROOT + "/" + id)));
        }
    }

    private static List<String> lines(URL index) {
        try (InputStream in = index.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index, e);
        }
    }

    /** Every template, ordered by id. */
    public List<TemplateDescriptor> all() {
        return List.copyOf(templates.values());
    }

    public Optional<TemplateDescriptor> get(String id) {
        return Optional.ofNullable(templates.get(id));
    }
}
