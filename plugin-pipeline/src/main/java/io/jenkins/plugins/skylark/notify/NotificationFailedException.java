package io.jenkins.plugins.skylark.notify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown for {@code failOnError: true} when a channel was not notified. The message names the channels
 * by id with their errors (secrets already masked); the Jenkins step turns it into an {@code AbortException}.
 */
public class NotificationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> channelIds;

    public NotificationFailedException(List<ChannelOutcome> failures) {
        super(Messages.format("dispatch.failed",
                failures.stream().map(ChannelOutcome::channelId).collect(Collectors.joining(", ")),
                failures.stream().map(ChannelOutcome::describe).collect(Collectors.joining("; "))));
        this.channelIds = failures.stream().map(ChannelOutcome::channelId).toList();
    }

    /** The ids of the channels that were not notified. */
    public List<String> channelIds() {
        return channelIds;
    }
}
