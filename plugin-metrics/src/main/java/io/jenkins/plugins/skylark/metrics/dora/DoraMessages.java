package io.jenkins.plugins.skylark.metrics.dora;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of the engine, read from {@code Messages.properties} next to this class. */
final class DoraMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(DoraMessages.class);

    private DoraMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
