package io.jenkins.plugins.skylark.template.job.jenkins;

import io.jenkins.plugins.skylark.template.TemplateCatalog;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import java.util.List;
import java.util.Optional;

/**
 * THE place where template jobs learn a template's newest version. NOT YET the configured catalogues:
 * until {@code template.catalogue.jenkins.TemplateCatalogues.library()} is on main, only the official
 * catalogue bundled in this plugin ({@link TemplateCatalog#load} of its class loader) is consulted, so
 * jobs made from a Git catalogue show their template as missing.
 */
final class TemplateJobSources {

    private TemplateJobSources() {
    }

    /** To become {@code TemplateCatalogues.library()}. */
    static TemplateLibrary library() {
        return bundled(TemplateJobSources.class.getClassLoader());
    }

    /** The templates of every {@code skylark-templates/index.txt} this class loader sees, as catalogue {@code official}. */
    static TemplateLibrary bundled(ClassLoader loader) {
        List<CatalogueTemplate> templates = TemplateCatalog.load(loader).all().stream()
                .map(d -> new CatalogueTemplate("official", "bundled", d)).toList();
        return new TemplateLibrary() {
            @Override
            public List<CatalogueTemplate> templates() {
                return templates;
            }

            @Override
            public List<CatalogueProblem> problems() {
                return List.of();
            }

            @Override
            public Optional<byte[]> icon(String catalogueId, String templateId) {
                return Optional.empty();
            }
        };
    }
}
