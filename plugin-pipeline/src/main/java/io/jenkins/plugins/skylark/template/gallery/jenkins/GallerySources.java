package io.jenkins.plugins.skylark.template.gallery.jenkins;

import io.jenkins.plugins.skylark.template.catalogue.CatalogueProblem;
import io.jenkins.plugins.skylark.template.catalogue.CatalogueTemplate;
import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.template.gallery.JobFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * THE place where the gallery meets the rest of issue 12: where templates come from and how jobs are
 * made. NOT CONNECTED YET: until {@code template.catalogue.jenkins.TemplateCatalogues.library()} and
 * {@code template.job.jenkins.TemplateJobs::create} exist, the page lists no template (it names the
 * missing source among the problems an administrator sees) and refuses to create jobs.
 */
final class GallerySources {

    private GallerySources() {
    }

    /** To become {@code TemplateCatalogues.library()}. */
    static TemplateLibrary library() {
        return NOT_CONNECTED;
    }

    /** To become {@code TemplateJobs::create}. */
    static JobFactory jobs() {
        return (folder, name, template, rendered) -> {
            throw new IOException(Messages.get("Gallery.jobsNotConnected"));
        };
    }

    private static final TemplateLibrary NOT_CONNECTED = new TemplateLibrary() {
        @Override
        public List<CatalogueTemplate> templates() {
            return List.of();
        }

        @Override
        public List<CatalogueProblem> problems() {
            return List.of(new CatalogueProblem("official", "", "", 0, Messages.get("Gallery.libraryNotConnected")));
        }

        @Override
        public Optional<byte[]> icon(String catalogueId, String templateId) {
            return Optional.empty();
        }
    };
}
