package io.jenkins.plugins.skylark.notify;

import java.time.Duration;
import java.util.function.Consumer;

/** Told while a dispatch waits, so that a step can say in the build log why it is waiting. */
public interface DispatchListener {

    DispatchListener NONE = new DispatchListener() {
    };

    /** The channel's rate limit holds the next send back for {@code wait}. */
    default void waitingForRateLimit(String channelId, Duration wait) {
    }

    /** Send number {@code attempt} failed with {@code error}; the next one follows after {@code pause}. */
    default void retrying(String channelId, int attempt, String error, Duration pause) {
    }

    /** A listener writing one localised line per event to {@code log} (e.g. the build log). */
    static DispatchListener logTo(Consumer<String> log) {
        return new DispatchListener() {
            @Override
            public void waitingForRateLimit(String channelId, Duration wait) {
                log.accept(Messages.format("dispatch.waiting", channelId, ChannelOutcome.seconds(wait)));
            }

            @Override
            public void retrying(String channelId, int attempt, String error, Duration pause) {
                log.accept(Messages.format("dispatch.retrying", channelId, attempt, error,
                        ChannelOutcome.seconds(pause)));
            }
        };
    }
}
