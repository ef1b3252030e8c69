package io.jenkins.plugins.skylark.metrics.dora;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing texts of the engine, read from {@code Messages.properties} next to this class. */
final class DoraMessages {

    private DoraMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "io.jenkins.plugins.skylark.metrics.dora.Messages", locale, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
