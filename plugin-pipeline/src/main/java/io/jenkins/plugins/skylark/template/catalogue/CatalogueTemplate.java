package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.template.TemplateDescriptor;
import java.util.Objects;

/**
 * A template as one catalogue offers it.
 *
 * @param catalogueId      {@code official} or the id of a configured Git catalogue
 * @param catalogueVersion what the catalogue was read at: the plugin version, or the Git commit id
 * @param descriptor       the template itself (its own {@code version} is what jobs record)
 */
public record CatalogueTemplate(String catalogueId, String catalogueVersion, TemplateDescriptor descriptor) {

    public CatalogueTemplate {
        Objects.requireNonNull(catalogueId, "catalogueId");
        Objects.requireNonNull(descriptor, "descriptor");
    }
}
