package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.TemplateParameter;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A template's form as the page draws it: every field with its type, widget and rules, in the viewer's
 * language. The rules are shown for guidance only; the preview endpoint is the validator.
 */
record FormDefinition(String catalogue, String id, String version, String name, String description, String icon,
        List<String> plugins, List<Field> fields) {

    /**
     * One field. {@code shownWhen} maps earlier fields to the values that show this one; {@code feeds}
     * names the {@code stage/task} pairs it feeds, so the page can light them up in the graph.
     */
    record Field(String name, String type, String widget, boolean required, Object defaultValue, String pattern,
            List<String> choices, Map<String, List<String>> shownWhen, boolean advanced, String label, String help,
            List<String> feeds) {
    }

    static FormDefinition of(CatalogueTemplate template, Locale locale) {
        TemplateDescriptor d = template.descriptor();
        return new FormDefinition(template.catalogueId(), d.id(), d.version(), d.name().in(locale),
                d.description() == null ? "" : d.description().in(locale),
                d.icon() == null ? null : CatalogueListing.iconPath(template), d.plugins(),
                d.parameters().stream().map(p -> field(d, p, locale)).toList());
    }

    private static Field field(TemplateDescriptor d, TemplateParameter p, Locale locale) {
        return new Field(p.name(), lower(p.type().name()), lower(p.widget().name()), p.required(), p.defaultValue(),
                p.pattern() == null ? null : p.pattern().pattern(), p.choices(), p.shownWhen().expected(),
                p.advanced(), p.label().in(locale), p.help() == null ? "" : p.help().in(locale),
                d.tasksFedBy(p.name()));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
