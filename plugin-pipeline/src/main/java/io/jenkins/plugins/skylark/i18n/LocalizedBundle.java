package io.jenkins.plugins.skylark.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One {@code Messages.properties} bundle (with its {@code _zh_CN} twin), read with plain
 * {@link ResourceBundle}: the one message helper of the three plugins. Every value is a
 * {@link MessageFormat} pattern, even without arguments, so quotes are always written {@code ''} in
 * the files. A locale without a translation gets English, never the JVM's default language.
 *
 * <p>Which locale: texts shown in a page (display names, form validation) take the viewer's, which the
 * adapters get from Jenkins ({@code i18n.jenkins.ViewerLocale}); build-log texts and exceptions may use
 * {@link #format(String, Object...)}, the controller's default.
 */
public final class LocalizedBundle {

    /** Without this control a missing locale would fall back to the JVM default, not to English. */
    private static final ResourceBundle.Control NO_DEFAULT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader classLoader;

    /**
     * @param baseName fully qualified bundle name, e.g. {@code io.jenkins.plugins.skylark.platform.Messages}
     * @param owner a class loaded by the class loader that sees the bundle (the plugin's)
     */
    public LocalizedBundle(String baseName, Class<?> owner) {
        this.baseName = baseName;
        this.classLoader = owner.getClassLoader();
    }

    /** The bundle {@code Messages} in the package of {@code anchor}. */
    public static LocalizedBundle of(Class<?> anchor) {
        return new LocalizedBundle(anchor.getPackageName() + ".Messages", anchor);
    }

    /** The text for {@code key} in the controller's (JVM's) default locale, English when not translated. */
    public String format(String key, Object... arguments) {
        return format(Locale.getDefault(), key, arguments);
    }

    /** The text for {@code key} in {@code locale} (English when not translated), arguments filled in. */
    public String format(Locale locale, String key, Object... arguments) {
        Locale effective = locale == null ? Locale.getDefault() : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, effective, classLoader, NO_DEFAULT_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key '" + key + "' is missing from " + baseName, e);
        }
        return new MessageFormat(pattern, effective).format(arguments);
    }

    public String baseName() {
        return baseName;
    }
}
