package io.jenkins.plugins.skylark.template.catalogue;

import java.util.List;
import java.util.Optional;

/** Every catalogue's templates as they were last loaded, and what could not be loaded. */
public interface TemplateLibrary {

    /** The valid templates of every catalogue, official first, then by catalogue id and template id. */
    List<CatalogueTemplate> templates();

    default Optional<CatalogueTemplate> find(String catalogueId, String templateId) {
        return templates().stream().filter(t -> t.catalogueId().equals(catalogueId)
                && t.descriptor().id().equals(templateId)).findFirst();
    }

    /** Load errors, naming catalogue, file, field and line. */
    List<CatalogueProblem> problems();

    /** The template's icon file (svg or png), empty when it has none. */
    Optional<byte[]> icon(String catalogueId, String templateId);
}
