package io.jenkins.plugins.skylark.tenancy;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;

/** User-facing texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}). */
public final class Messages {

    private static final LocalizedBundle BUNDLE =
            new LocalizedBundle("io.jenkins.plugins.skylark.tenancy.Messages", Messages.class);

    private Messages() {
    }

    /** The text for {@code key} in {@code locale}. */
    public static String get(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }
}
