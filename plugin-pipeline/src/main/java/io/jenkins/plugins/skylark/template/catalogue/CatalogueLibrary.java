package io.jenkins.plugins.skylark.template.catalogue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An immutable {@link TemplateLibrary}: the catalogues as one load left them (official first). */
public final class CatalogueLibrary implements TemplateLibrary {

    /** The id of the catalogue bundled in this plugin. */
    public static final String OFFICIAL = "official";

    private final List<LoadedCatalogue> catalogues;

    public CatalogueLibrary(List<LoadedCatalogue> catalogues) {
        this.catalogues = catalogues.stream()
                .sorted(Comparator.comparing((LoadedCatalogue c) -> !OFFICIAL.equals(c.id()))
                        .thenComparing(LoadedCatalogue::id))
                .toList();
    }

    /** The catalogues, official first, then by id. */
    public List<LoadedCatalogue> catalogues() {
        return catalogues;
    }

    public Optional<LoadedCatalogue> catalogue(String id) {
        return catalogues.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public List<CatalogueTemplate> templates() {
        return catalogues.stream().flatMap(c -> c.templates().stream()).toList();
    }

    @Override
    public List<CatalogueProblem> problems() {
        return catalogues.stream().flatMap(c -> c.problems().stream()).toList();
    }

    @Override
    public Optional<byte[]> icon(String catalogueId, String templateId) {
        return catalogue(catalogueId).flatMap(c -> c.icon(templateId));
    }
}
