package io.jenkins.plugins.skylark.metrics.jenkins;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}). */
final class Messages {
    private static final LocalizedBundle BUNDLE =
            new LocalizedBundle("io.jenkins.plugins.skylark.metrics.jenkins.Messages", Messages.class);

    private Messages() {
    }

    static String get(String key, Object... arguments) {
        return BUNDLE.format(Locale.getDefault(), key, arguments);
    }
}
