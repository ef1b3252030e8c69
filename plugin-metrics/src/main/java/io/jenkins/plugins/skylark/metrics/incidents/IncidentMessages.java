package io.jenkins.plugins.skylark.metrics.incidents;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** User-facing texts of this package, from {@code Messages.properties} (and its translations). */
final class IncidentMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(IncidentMessages.class);

    private IncidentMessages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
