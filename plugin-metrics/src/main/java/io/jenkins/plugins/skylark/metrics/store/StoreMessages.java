package io.jenkins.plugins.skylark.metrics.store;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** User-facing texts of this package, from {@code Messages.properties} (and its translations). */
final class StoreMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(StoreMessages.class);

    private StoreMessages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
