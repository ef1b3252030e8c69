package io.jenkins.plugins.skylark.platform.page.jenkins;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.i18n.jenkins.ViewerLocale;
import java.util.Locale;

/** User-facing texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}). */
final class Messages {
    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);

    private Messages() {
    }

    static String page(String key, Object... arguments) {
        return BUNDLE.format(ViewerLocale.get(), key, arguments);
    }

    static String get(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }
}
