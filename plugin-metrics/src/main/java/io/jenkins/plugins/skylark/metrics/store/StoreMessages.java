package io.jenkins.plugins.skylark.metrics.store;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-facing texts of this package, from {@code Messages.properties} (and its translations). */
final class StoreMessages {

    private static final String BUNDLE = "io.jenkins.plugins.skylark.metrics.store.Messages";

    private StoreMessages() {
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE).getString(key), arguments);
    }
}
