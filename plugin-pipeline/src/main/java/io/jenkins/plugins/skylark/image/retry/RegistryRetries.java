package io.jenkins.plugins.skylark.image.retry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Repeats a whole Jib containerize call while it fails transiently, within a per-operation budget.
 * The first attempt runs Jib as usual (steps in parallel), and counts as one attempt of every
 * operation; the retries run Jib's steps one at a time, so that a failure stops at the operation that
 * failed (the others are not cut off halfway) and the {@link OperationTracker} can name it. An
 * operation that has failed {@link RetryPolicy#maxAttempts()} times ends the push with
 * {@link RetriesExhaustedException}; the total number of attempts is bounded by the number of
 * operations times the budget.
 */
public final class RegistryRetries {

    /** One containerize call; {@code serial} asks for Jib's steps one at a time. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(boolean serial) throws Exception;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final DoubleSupplier random;
    private final RetryListener listener;

    public RegistryRetries(RetryPolicy policy, Sleeper sleeper, DoubleSupplier random, RetryListener listener) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
        this.listener = listener;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails for good, or one operation's attempts are spent.
     *
     * @param currentOperation names the operation under way when an attempt fails
     */
    public <T> T run(Attempt<T> attempt, Supplier<String> currentOperation) throws Exception {
        Map<String, Integer> failedSerially = new HashMap<>();
        for (boolean serial = false; ; serial = true) {
            try {
                return attempt.run(serial);
            } catch (Exception failure) {
                if (!TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                int attempts = 1 + (serial ? failedSerially.merge(currentOperation.get(), 1, Integer::sum) : 0);
                String summary = TransientFailures.summary(failure);
                if (!policy.allowsAnotherAfter(attempts)) {
                    throw new RetriesExhaustedException(attempts, summary, failure);
                }
                Duration delay = policy.delayAfter(attempts, random.getAsDouble());
                listener.retrying(summary, attempts, policy.maxAttempts(), delay);
                sleeper.sleep(delay);
            }
        }
    }
}
