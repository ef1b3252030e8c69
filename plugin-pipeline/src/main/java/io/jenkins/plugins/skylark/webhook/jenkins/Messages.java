package io.jenkins.plugins.skylark.webhook.jenkins;

import io.jenkins.plugins.skylark.i18n.LocalizedBundle;

/**
 * Texts of this package ({@code Messages.properties} / {@code Messages_zh_CN.properties}), in the controller's
 * default language: webhook answers go to a server, not to a viewer.
 */
public final class Messages {
    private static final LocalizedBundle BUNDLE =
            new LocalizedBundle("io.jenkins.plugins.skylark.webhook.jenkins.Messages", Messages.class);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        return BUNDLE.format(key, arguments);
    }
}
