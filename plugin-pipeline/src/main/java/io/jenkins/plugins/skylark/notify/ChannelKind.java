package io.jenkins.plugins.skylark.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The chat channel kinds, each with its sender and the limit its vendor documents per robot / webhook:
 * DingTalk and WeCom 20 messages a minute, Feishu / Lark 100 a minute and 5 a second, Slack one a
 * second per incoming webhook; the generic webhook has none.
 */
public enum ChannelKind {
    DINGTALK(DingTalkSender::new, RateLimit.of(RateLimit.perMinute(20))),
    WECOM(WeComSender::new, RateLimit.of(RateLimit.perMinute(20))),
    FEISHU(FeishuSender::new, RateLimit.of(RateLimit.perSecond(5), RateLimit.perMinute(100))),
    SLACK(SlackSender::new, RateLimit.of(RateLimit.perSecond(1))),
    WEBHOOK(WebhookSender::new, RateLimit.NONE);

    private final Supplier<ChannelSender> factory;
    private final RateLimit rateLimit;
    private volatile ChannelSender sender;

    ChannelKind(Supplier<ChannelSender> factory, RateLimit rateLimit) {
        this.factory = factory;
        this.rateLimit = rateLimit;
    }

    /** The kind named {@code value} (any case), or a clear error naming the field {@code kind}. */
    public static ChannelKind parse(String value) {
        for (ChannelKind kind : values()) {
            if (kind.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Messages.format("kind.unknown", value,
                Arrays.stream(values()).map(ChannelKind::id).collect(Collectors.joining(", "))));
    }

    /** The lower-case name used in configuration. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public RateLimit rateLimit() {
        return rateLimit;
    }

    /** The kind's sender, made once: senders are stateless and share one HTTP client. */
    public ChannelSender sender() {
        ChannelSender result = sender;
        if (result == null) {
            synchronized (this) {
                if (sender == null) {
                    sender = factory.get();
                }
                result = sender;
            }
        }
        return result;
    }
}
