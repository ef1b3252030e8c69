package io.jenkins.plugins.skylark.platform.page;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Texts of the platform page ({@code Messages.properties} / {@code Messages_zh_CN.properties} of this package). */
final class PageMessages {
    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(PageMessages.class);

    /** The texts the page's script shows, sent with the model (keys without their {@code js.} prefix). */
    private static final List<String> SCRIPT_KEYS = List.of("title", "intro", "add", "edit", "delete", "save",
            "cancel", "test", "testing", "actions", "folders", "noFolders", "empty", "confirmDelete", "saved",
            "deleted", "problems", "otherProblems", "kind.cluster", "kind.registry", "kind.project",
            "kind.environment", "kind.application", "section.cluster", "section.registry", "section.project",
            "section.environment", "section.application", "yes", "no");

    private PageMessages() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return BUNDLE.format(locale, key, arguments);
    }

    /** The script's texts and every field's label in {@code locale}. */
    static Map<String, String> forScript(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_KEYS.forEach(key -> texts.put(key, get(locale, "js." + key)));
        for (ObjectKind kind : ObjectKind.values()) {
            kind.fields().forEach(field -> texts.putIfAbsent("field." + field.name(),
                    get(locale, "field." + field.name())));
        }
        return texts;
    }
}
