package io.jenkins.plugins.skylark.platform;

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
        return EnumNames.parse(ChannelKind.class, ChannelKind::userName, value, "ChannelKind.unknown");
    }
}
