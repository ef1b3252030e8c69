package io.jenkins.plugins.skylark.template.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One catalogue as it was loaded: the templates that passed validation, their icons, and the problems that
 * kept the others (or the whole catalogue) out.
 *
 * @param id        {@code official} or a Git catalogue's id
 * @param version   the plugin version, or the commit id the Git catalogue was read at ({@code null} when
 *                  nothing could be read)
 * @param templates the valid templates, ordered by template id
 * @param icons     icon bytes by template id
 * @param problems  what could not be loaded
 */
public record LoadedCatalogue(String id, String version, List<CatalogueTemplate> templates,
        Map<String, byte[]> icons, List<CatalogueProblem> problems) {

    public LoadedCatalogue {
        Objects.requireNonNull(id, "id");
        templates = List.copyOf(templates);
        icons = Map.copyOf(icons);
        problems = List.copyOf(problems);
    }

    /** A catalogue that could not be read at all. */
    public static LoadedCatalogue failed(String id, String version, List<CatalogueProblem> problems) {
        return new LoadedCatalogue(id, version, List.of(), Map.of(), problems);
    }

    Optional<byte[]> icon(String templateId) {
        return Optional.ofNullable(icons.get(templateId)).map(byte[]::clone);
    }
}
