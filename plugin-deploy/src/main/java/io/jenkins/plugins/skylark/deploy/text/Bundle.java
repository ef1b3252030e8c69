package io.jenkins.plugins.skylark.deploy.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The {@code Messages} bundle that sits next to a class (same package). Formats with
 * {@link MessageFormat}, so a literal apostrophe is written {@code ''} in the properties files.
 */
public final class Bundle {
    private final String baseName;

    private Bundle(String baseName) {
        this.baseName = baseName;
    }

    /** The bundle {@code <package of anchor>.Messages}. */
    public static Bundle of(Class<?> anchor) {
        return new Bundle(anchor.getPackageName() + ".Messages");
    }

    /** Formats {@code key} in the default locale of this JVM. */
    public String format(String key, Object... args) {
        return format(Locale.getDefault(), key, args);
    }

    public String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
