package io.jenkins.plugins.skylark.template.gallery;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gallery's texts. Keys starting with {@code page.} are the page's own labels, handed to the
 * script as one {@code messages} object so that the Jelly shell holds no text.
 */
final class GalleryMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(GalleryMessages.class);
    private static final String PAGE_PREFIX = "page.";

    private GalleryMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return BUNDLE.format(locale, key, args);
    }

    /** A text that may be absent (a category without a translated name). */
    static Optional<String> optional(Locale locale, String key) {
        return englishKeys().contains(key) ? Optional.of(format(locale, key)) : Optional.empty();
    }

    /** Every {@code page.*} text, keyed without the prefix. */
    static Map<String, String> page(Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        englishKeys().stream().filter(k -> k.startsWith(PAGE_PREFIX))
                .forEach(k -> texts.put(k.substring(PAGE_PREFIX.length()), format(locale, k)));
        return texts;
    }

    private static Set<String> englishKeys() {
        return ResourceBundle.getBundle(BUNDLE.baseName(), Locale.ROOT, GalleryMessages.class.getClassLoader())
                .keySet();
    }
}
