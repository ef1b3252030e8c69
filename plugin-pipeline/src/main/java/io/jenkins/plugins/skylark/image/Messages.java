package io.jenkins.plugins.skylark.image;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** User-facing texts of this package, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }

    static ImageBuildException failure(ImageBuildException.Reason reason, String key, Object... arguments) {
        return new ImageBuildException(reason, format(key, arguments));
    }

    static ImageBuildException invalid(String key, Object... arguments) {
        return failure(ImageBuildException.Reason.INVALID_REQUEST, key, arguments);
    }
}
