package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The catalogue as the gallery lists it: by category, in the viewer's language, filtered by a search. */
final class CatalogueListing {

    /** One card of the gallery. */
    record Card(String catalogue, String id, String version, String name, String description, String icon) {
    }

    /** A category and its cards. */
    record Category(String id, String name, List<Card> templates) {
    }

    private CatalogueListing() {
    }

    static List<Category> categories(TemplateLibrary library, String query, Locale locale) {
        Map<String, List<Card>> byCategory = new LinkedHashMap<>();
        library.templates().stream().filter(t -> matches(t, query)).forEach(t -> byCategory
                .computeIfAbsent(category(t.descriptor()), c -> new ArrayList<>()).add(card(t, locale)));
        return byCategory.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Category(e.getKey(), categoryName(e.getKey(), locale), List.copyOf(e.getValue())))
                .toList();
    }

    /** Problems name the catalogue's files, so only administrators (who configure catalogues) see them. */
    static List<CatalogueProblem> problems(TemplateLibrary library, boolean administrator) {
        return administrator ? library.problems() : List.of();
    }

    /**
     * Whether every word of the query occurs in the template's id, category, catalogue, or its name or
     * description in either language (a Chinese reader may search the English name and the reverse).
     */
    static boolean matches(CatalogueTemplate template, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        TemplateDescriptor d = template.descriptor();
        String text = Stream.of(d.id(), category(d), template.catalogueId(), d.name().en(), d.name().zh(),
                        d.description() == null ? "" : d.description().en() + " " + d.description().zh())
                .reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
        return Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).allMatch(text::contains);
    }

    private static Card card(CatalogueTemplate t, Locale locale) {
        TemplateDescriptor d = t.descriptor();
        return new Card(t.catalogueId(), d.id(), d.version(), d.name().in(locale),
                d.description() == null ? "" : d.description().in(locale), d.icon() == null ? null : iconPath(t));
    }

    /** The icon endpoint's query for a template (relative to the page's API base). */
    static String iconPath(CatalogueTemplate t) {
        return "icon?catalogue=" + encode(t.catalogueId()) + "&template=" + encode(t.descriptor().id());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String category(TemplateDescriptor d) {
        return d.category() == null || d.category().isBlank() ? "other" : d.category();
    }

    private static String categoryName(String id, Locale locale) {
        return GalleryMessages.optional(locale, "category." + id).orElse(id);
    }
}
