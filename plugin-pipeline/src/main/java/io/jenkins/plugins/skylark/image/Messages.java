package io.jenkins.plugins.skylark.image;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-facing texts of this package, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final String BUNDLE = "io.jenkins.plugins.skylark.image.Messages";

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE).getString(key), arguments);
    }

    static ImageBuildException failure(ImageBuildException.Reason reason, String key, Object... arguments) {
        return new ImageBuildException(reason, format(key, arguments));
    }

    static ImageBuildException invalid(String key, Object... arguments) {
        return failure(ImageBuildException.Reason.INVALID_REQUEST, key, arguments);
    }
}
