package io.jenkins.plugins.skylark.template;

import java.util.Locale;
import java.util.Objects;

/** A text in English (required) and Simplified Chinese (falls back to English when absent). */
public record LocalizedText(String en, String zh) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        zh = zh == null || zh.isBlank() ? en : zh;
    }

    /** The text for a locale: Chinese for any {@code zh} locale, English otherwise. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
