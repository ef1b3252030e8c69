package io.jenkins.plugins.skylark.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Sends one notification to several channels, one after the other: each send first waits for a slot
 * of the channel's rate limit (shared by every build of the JVM), and a failure worth retrying (network
 * error, HTTP 5xx / 429, a vendor's "too frequent" code) is retried with exponential backoff and jitter,
 * honouring {@code Retry-After}, up to {@link RetryPolicy#maxAttempts()}. A refusal (bad signature,
 * keyword, token) is not retried. Nothing is thrown for a failed channel: the {@link DispatchResult}
 * says which channels failed and why; {@link DispatchResult#requireAllSent()} is {@code failOnError}.
 */
public final class NotificationDispatcher {

    /** The longest a send waits for its rate limit before giving up with a clear error. */
    public static final Duration DEFAULT_MAX_RATE_WAIT = Duration.ofMinutes(3);

    private final RateLimiter limiter;
    private final RetryPolicy policy;
    private final Duration maxRateWait;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    /** The shared limiter, {@link RetryPolicy#DEFAULT}, {@link #DEFAULT_MAX_RATE_WAIT}, real sleeping. */
    public NotificationDispatcher() {
        this(RateLimiter.shared(), RetryPolicy.DEFAULT, DEFAULT_MAX_RATE_WAIT, Sleeper.SYSTEM,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} gives the jitter's fraction in [0, 1). */
    public NotificationDispatcher(RateLimiter limiter, RetryPolicy policy, Duration maxRateWait, Sleeper sleeper,
                                  DoubleSupplier random) {
        this.limiter = limiter;
        this.policy = policy;
        this.maxRateWait = maxRateWait;
        this.sleeper = sleeper;
        this.random = random;
    }

    public DispatchResult dispatch(Notification notification, List<? extends Channel> channels) {
        return dispatch(notification, channels, DispatchListener.NONE);
    }

    /**
     * Sends to every channel in order. When the thread is interrupted (the build is aborted), the
     * channels not yet notified are reported as such and the interrupt flag stays set.
     */
    public DispatchResult dispatch(Notification notification, List<? extends Channel> channels,
                                   DispatchListener listener) {
        List<ChannelOutcome> outcomes = new ArrayList<>();
        for (Channel channel : channels) {
            if (Thread.currentThread().isInterrupted()) {
                String error = Messages.format("send.interrupted");
                outcomes.add(ChannelOutcome.failed(channel.id(), 0, Duration.ZERO, error));
                continue;
            }
            outcomes.add(new Attempts(channel, listener).deliver(notification));
        }
        return new DispatchResult(outcomes);
    }

    /** The sends of one notification to one channel. */
    private final class Attempts {
        private final Channel channel;
        private final DispatchListener listener;
        private int attempts;
        private Duration waited = Duration.ZERO;

        Attempts(Channel channel, DispatchListener listener) {
            this.channel = channel;
            this.listener = listener;
        }

        ChannelOutcome deliver(Notification notification) {
            try {
                while (true) {
                    RateLimiter.Reservation slot =
                            limiter.reserve(channel.rateKey(), channel.rateLimit(), maxRateWait);
                    if (!slot.granted()) {
                        return failed(Messages.format("rate.tooLong", ChannelOutcome.seconds(slot.delay()),
                                ChannelOutcome.seconds(maxRateWait)));
                    }
                    awaitSlot(slot.delay());
                    attempts++;
                    SendResult result = sendOnce(notification);
                    if (result.ok()) {
                        return ChannelOutcome.sent(channel.id(), attempts, waited);
                    }
                    Duration pause = pauseBefore(result);
                    if (pause == null) {
                        return failed(result.error());
                    }
                    if (result.retryAfter() != null && result.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
                        return failed(Messages.format("retry.afterTooLong", result.error(),
                                ChannelOutcome.seconds(result.retryAfter()),
                                ChannelOutcome.seconds(policy.maxRetryAfter())));
                    }
                    listener.retrying(channel.id(), attempts, result.error(), pause);
                    sleeper.sleep(pause);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(Messages.format("send.interrupted"));
            }
        }

        private void awaitSlot(Duration wait) throws InterruptedException {
            if (!wait.isZero()) {
                listener.waitingForRateLimit(channel.id(), wait);
                sleeper.sleep(wait);
                waited = waited.plus(wait);
            }
        }

        /** A sender is not supposed to throw; if one does, its message may still hold a secret. */
        private SendResult sendOnce(Notification notification) {
            try {
                SendResult result = channel.send(notification);
                return result.ok() ? result : result.withError(channel.redact(result.error()));
            } catch (RuntimeException e) {
                return SendResult.failed(channel.redact(Messages.format("send.unexpected",
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))));
            }
        }

        /** The pause before the next send, or {@code null} when there is none to make. */
        private Duration pauseBefore(SendResult result) {
            if (!result.retryable() || attempts >= policy.maxAttempts()) {
                return null;
            }
            Duration pause = policy.backoff(attempts, random.getAsDouble());
            Duration asked = result.retryAfter();
            return asked != null && asked.compareTo(pause) > 0 ? asked : pause;
        }

        private ChannelOutcome failed(String error) {
            return ChannelOutcome.failed(channel.id(), attempts, waited, error);
        }
    }
}
