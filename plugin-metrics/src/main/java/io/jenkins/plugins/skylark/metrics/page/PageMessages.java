package io.jenkins.plugins.skylark.metrics.page;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import io.jenkins.plugins.skylark.metrics.report.ReportText;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The page's texts ({@code Messages.properties} next to this class) and, for its script, the report's
 * labels too: the page shows the HTML report's figures under the same names.
 */
final class PageMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(PageMessages.class);

    private PageMessages() {
    }

    static String format(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }

    /**
     * Every pattern the script needs, in {@code locale} (English when not translated): the report's
     * labels, then the page's own under {@code page.}. Patterns keep {@link java.text.MessageFormat}
     * syntax ({@code {0}}, quotes doubled); the script fills them in.
     */
    static Map<String, String> patterns(Locale locale) {
        Map<String, String> patterns = new TreeMap<>(ReportText.patterns(locale));
        ResourceBundle page = ResourceBundle.getBundle(BUNDLE.baseName(), locale, PageMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        page.keySet().forEach(key -> patterns.put("page." + key, page.getString(key)));
        return patterns;
    }
}
