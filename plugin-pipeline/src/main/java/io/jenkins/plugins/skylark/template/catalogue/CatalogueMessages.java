package io.jenkins.plugins.skylark.template.catalogue;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** Texts of the catalogue sources, from {@code Messages.properties} and its translations. */
final class CatalogueMessages {

    private static final LocalizedBundle BUNDLE = new LocalizedBundle(
            "io.jenkins.plugins.skylark.template.catalogue.Messages", CatalogueMessages.class);

    private CatalogueMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
