package io.jenkins.plugins.skylark.template.job.jenkins;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;

/** User-facing texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}). */
final class Messages {
    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    /** For a page (display names): the viewer's language. */
    static String page(String key, Object... arguments) {
        return BUNDLE.format(ViewerLocale.get(), key, arguments);
    }

    /** For exceptions: the controller's default language. */
    static String get(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
