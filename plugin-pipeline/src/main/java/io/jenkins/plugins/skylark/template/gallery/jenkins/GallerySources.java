package io.jenkins.plugins.skylark.template.gallery.jenkins;

import io.jenkins.plugins.skylark.template.catalogue.TemplateLibrary;
import io.jenkins.plugins.skylark.template.catalogue.jenkins.TemplateCatalogues;
import io.jenkins.plugins.skylark.template.gallery.JobFactory;
import io.jenkins.plugins.skylark.template.job.jenkins.TemplateJobs;

/**
 * Where the gallery meets the rest of the template features: its templates are the configured
 * catalogues' (the official one bundled in this plugin and the administrator's Git catalogues), and
 * its jobs are template jobs, which record the template, version and values they were made from.
 */
final class GallerySources {

    private GallerySources() {
    }

    static TemplateLibrary library() {
        return TemplateCatalogues.library();
    }

    static JobFactory jobs() {
        return TemplateJobs::create;
    }
}
