package io.jenkins.plugins.skylark.notify;

import java.util.List;

/** The outcome of sending one notification to its channels, in the order they were given. */
public record DispatchResult(List<ChannelOutcome> outcomes) {

    public DispatchResult {
        outcomes = List.copyOf(outcomes);
    }

    public boolean allSent() {
        return outcomes.stream().allMatch(ChannelOutcome::sent);
    }

    public List<ChannelOutcome> failures() {
        return outcomes.stream().filter(outcome -> !outcome.sent()).toList();
    }

    /** The ids of the channels that were not notified: what the step returns and logs. */
    public List<String> failedChannelIds() {
        return failures().stream().map(ChannelOutcome::channelId).toList();
    }

    /** {@code failOnError: true}: throws, naming every channel that was not notified and why. */
    public DispatchResult requireAllSent() {
        if (!allSent()) {
            throw new NotificationFailedException(failures());
        }
        return this;
    }
}
