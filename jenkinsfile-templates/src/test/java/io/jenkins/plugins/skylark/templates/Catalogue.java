package io.jenkins.plugins.skylark.templates;

import io.jenkins.plugins.skylark.template.TemplateCatalog;

/** The catalogue as the plugin sees it: every template this module's index lists. */
final class Catalogue {

    static final TemplateCatalog TEMPLATES = TemplateCatalog.load(Catalogue.class.getClassLoader());

    private Catalogue() {
    }
}
