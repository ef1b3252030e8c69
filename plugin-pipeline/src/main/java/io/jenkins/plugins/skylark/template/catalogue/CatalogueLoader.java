package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.template.DescriptorReader;
import io.jenkins.plugins.skylark.template.TemplateDefinitionException;
import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateEngine;
import io.jenkins.plugins.skylark.template.TemplateExample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the template folders of one catalogue, each on its own: a folder that fails to read or to validate
 * becomes a problem (file, field, line) and the others still load. Validation is the descriptor reader's
 * plus rendering every example the template documents, so a template whose examples yield no valid
 * Jenkinsfile is kept out of the gallery.
 */
final class CatalogueLoader {

    private final String catalogueId;
    private final String version;
    private final List<CatalogueTemplate> templates = new ArrayList<>();
    private final Map<String, byte[]> icons = new HashMap<>();
    private final List<CatalogueProblem> problems = new ArrayList<>();

    CatalogueLoader(String catalogueId, String version) {
        this.catalogueId = catalogueId;
        this.version = version;
    }

    void problem(String file, String field, int line, String message) {
        problems.add(new CatalogueProblem(catalogueId, file, field, line, message));
    }

    void load(CatalogueFolder folder) {
        TemplateDescriptor descriptor;
        try {
            descriptor = DescriptorReader.read(folder);
        } catch (TemplateDefinitionException e) {
            problem(e.file(), e.field(), e.line(), detail(e));
            return;
        } catch (RuntimeException e) {
            problem(folder.describe(DescriptorReader.DESCRIPTOR), "", 0, String.valueOf(e.getMessage()));
            return;
        }
        if (examplesRender(folder, descriptor)) {
            templates.add(new CatalogueTemplate(catalogueId, version, descriptor));
            if (descriptor.icon() != null) {
                folder.bytes(descriptor.icon()).ifPresent(bytes -> icons.put(descriptor.id(), bytes));
            }
        }
    }

    private boolean examplesRender(CatalogueFolder folder, TemplateDescriptor descriptor) {
        boolean all = true;
        List<TemplateExample> examples = descriptor.examples();
        for (int i = 0; i < examples.size(); i++) {
            TemplateExample example = examples.get(i);
            try {
                TemplateEngine.render(descriptor, example.values());
            } catch (RuntimeException e) {
                String file = folder.describe(DescriptorReader.DESCRIPTOR);
                problem(file, "examples[" + i + "]", ExampleLines.line(folder, example.name()),
                        "example \"" + example.name() + "\" does not render: " + e.getMessage());
                all = false;
            }
        }
        return all;
    }

    LoadedCatalogue done() {
        templates.sort(Comparator.comparing(t -> t.descriptor().id()));
        return new LoadedCatalogue(catalogueId, version, templates, icons, problems);
    }

    /** The exception's text without the file/field/line prefix the problem already carries. */
    static String detail(TemplateDefinitionException e) {
        String message = String.valueOf(e.getMessage());
        String where = e.field().isEmpty() ? e.file() : e.file() + " " + e.field();
        String prefix = (e.line() > 0 ? where + " (line " + e.line() + ")" : where) + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
