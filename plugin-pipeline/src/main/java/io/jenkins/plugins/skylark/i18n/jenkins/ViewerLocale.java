package io.jenkins.plugins.skylark.i18n.jenkins;

import java.util.Locale;
import org.jvnet.localizer.LocaleProvider;

/**
 * The language of whoever looks at the page being rendered, as Jenkins determines it (the browser's
 * {@code Accept-Language}, or what the Locale plugin imposes); the controller's default outside a request.
 */
public final class ViewerLocale {
    private ViewerLocale() {
    }

    public static Locale get() {
        Locale locale = LocaleProvider.getLocale();
        return locale == null ? Locale.getDefault() : locale;
    }
}
