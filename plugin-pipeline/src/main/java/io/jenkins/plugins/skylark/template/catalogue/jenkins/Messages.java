package io.jenkins.plugins.skylark.template.catalogue.jenkins;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;

/** Texts of the catalogues' configuration, in the viewer's language. */
final class Messages {
    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    static String page(String key, Object... arguments) {
        return BUNDLE.format(ViewerLocale.get(), key, arguments);
    }
}
