package io.jenkins.plugins.skylark.notify;

import java.time.Duration;

/**
 * What became of one channel: sent or not, after how many sends, how long it waited for its rate
 * limit, and the channel's last error (secrets masked) when not sent.
 */
public record ChannelOutcome(String channelId, boolean sent, int attempts, Duration rateLimitWait, String error) {

    static ChannelOutcome sent(String channelId, int attempts, Duration rateLimitWait) {
        return new ChannelOutcome(channelId, true, attempts, rateLimitWait, null);
    }

    static ChannelOutcome failed(String channelId, int attempts, Duration rateLimitWait, String error) {
        return new ChannelOutcome(channelId, false, attempts, rateLimitWait, error);
    }

    /** One line for the build log, localised. */
    public String describe() {
        if (!sent) {
            return Messages.format("outcome.failed", channelId, attempts, error);
        }
        return rateLimitWait.isZero() ? Messages.format("outcome.sent", channelId, attempts)
                : Messages.format("outcome.sentAfterWait", channelId, attempts, seconds(rateLimitWait));
    }

    /** Whole seconds, rounded up, as the log shows waits. */
    static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis / 1000 + (millis % 1000 == 0 ? 0 : 1);
    }
}
