package io.jenkins.plugins.skylark.platform;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The chat and mail services a notification channel sends to. */
public enum ChannelKind {
    DINGTALK("dingtalk", true),
    WECOM("wecom", false),
    FEISHU("feishu", true),
    SLACK("slack", false),
    EMAIL("email", false),
    WEBHOOK("webhook", true);

    private final String userName;
    private final boolean signable;

    ChannelKind(String userName, boolean signable) {
        this.userName = userName;
        this.signable = signable;
    }

    /** The name users write in configuration: {@code dingtalk}, {@code wecom}, {@code feishu} … */
    public String userName() {
        return userName;
    }

    /** Whether the service signs messages with a secret (DingTalk, Feishu, the generic webhook). */
    public boolean signable() {
        return signable;
    }

    /**
     * Parses a user-written name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static ChannelKind parse(String value) {
        String text = value == null ? "" : value.trim();
        for (ChannelKind kind : values()) {
            if (kind.userName.equalsIgnoreCase(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Messages.get("ChannelKind.unknown", value,
                Arrays.stream(values()).map(ChannelKind::userName).collect(Collectors.joining(", "))));
    }
}
