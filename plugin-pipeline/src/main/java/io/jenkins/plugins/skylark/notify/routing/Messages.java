package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of this package, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    /** For the build log and exceptions: the controller's default language. */
    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }

    static String format(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }
}
