package io.jenkins.plugins.skylark.git;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/** User-facing texts of this package, from {@code Messages.properties} (and its translations). */
final class CommitMessages {

    private static final LocalizedBundle BUNDLE = LocalizedBundle.of(CommitMessages.class);

    private CommitMessages() {
    }

    static String format(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
