package io.jenkins.plugins.skylark.release;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of the release plan, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }
}
