package io.jenkins.plugins.skylark.sonar;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** User-facing texts of this package, from {@code Messages.properties} and its translations. */
final class Messages {
    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
