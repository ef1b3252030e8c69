package io.jenkins.plugins.skylark.approval;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}). */
public final class Messages {
    private static final LocalizedBundle BUNDLE =
            new LocalizedBundle("io.jenkins.plugins.skylark.approval.Messages", Messages.class);

    private Messages() {
    }

    /** The text for {@code key} in the JVM default locale (build logs, exceptions). */
    public static String get(String key, Object... arguments) {
        return BUNDLE.format(Locale.getDefault(), key, arguments);
    }

    /** The text for {@code key} in {@code locale} (pages). */
    public static String get(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }
}
