package io.jenkins.plugins.skylark.notify.routing;

import io.jenkins.plugins.skylark.notify.ChannelOutcome;
import io.jenkins.plugins.skylark.notify.DispatchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a notification did: the channels it reached and, for the others, the channel's error text
 * (secrets already masked). {@link #toPipelineValue()} is what {@code platformNotify} returns.
 */
public record NotifyOutcome(List<String> sent, Map<String, String> errors) {

    public NotifyOutcome {
        sent = List.copyOf(sent);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The outcome of a dispatch, in its channels' order. */
    public static NotifyOutcome of(DispatchResult result) {
        List<String> sent = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ChannelOutcome outcome : result.outcomes()) {
            if (outcome.sent()) {
                sent.add(outcome.channelId());
            } else {
                errors.put(outcome.channelId(), outcome.error());
            }
        }
        return new NotifyOutcome(sent, errors);
    }

    /** The channels that failed, in the order they were tried. */
    public List<String> failed() {
        return List.copyOf(errors.keySet());
    }

    public boolean allSent() {
        return errors.isEmpty();
    }

    /**
     * {@code [sent: ['ops'], failed: ['dingtalk-x'], errors: ['dingtalk-x': 'errcode 310000 …']]} in
     * plain {@code ArrayList} / {@code LinkedHashMap} / {@code String}, which CPS-transformed Groovy
     * and the saved program take as they are.
     */
    public Map<String, Object> toPipelineValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("sent", new ArrayList<>(sent));
        value.put("failed", new ArrayList<>(errors.keySet()));
        value.put("errors", new LinkedHashMap<>(errors));
        return value;
    }
}
