package io.jenkins.plugins.skylark.metrics.commits;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-facing texts of this package, from {@code Messages.properties} (and its translations). */
final class CommitMessages {

    private static final String BUNDLE = "io.jenkins.plugins.skylark.metrics.commits.Messages";

    private CommitMessages() {
    }

    static String format(String key, Object... arguments) {
        return MessageFormat.format(ResourceBundle.getBundle(BUNDLE).getString(key), arguments);
    }
}
