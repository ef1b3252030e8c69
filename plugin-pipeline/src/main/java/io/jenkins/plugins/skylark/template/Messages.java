package io.jenkins.plugins.skylark.template;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing texts of the template engine, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final String BUNDLE = "io.jenkins.plugins.skylark.template.Messages";

    private Messages() {
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
