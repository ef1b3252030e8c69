package io.jenkins.plugins.skylark.template.job;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** Texts of the template-job page and its endpoints, from {@code Messages.properties} and its translations. */
final class Messages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(Messages.class);
    private static final String PAGE = "page.";

    private Messages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }

    /** Every {@code page.*} text for the page's script, keyed without the prefix; placeholders stay {@code {0}}. */
    static Map<String, String> pageTexts(Locale locale) {
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE.baseName(), Locale.ROOT, Messages.class.getClassLoader());
        Map<String, String> texts = new LinkedHashMap<>();
        english.keySet().stream().filter(key -> key.startsWith(PAGE)).sorted()
                .forEach(key -> texts.put(key.substring(PAGE.length()), BUNDLE.format(locale, key)));
        return texts;
    }
}
