package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.util.List;

/**
 * Median and 90th percentile of duration samples, both computed from the samples themselves (a
 * total across series pools the samples: a median of medians is not the median).
 *
 * @param count  number of samples
 * @param median interpolated median, {@code null} without samples
 * @param p90    interpolated 90th percentile, {@code null} without samples
 */
public record DurationStats(int count, Duration median, Duration p90) {

    public static DurationStats of(List<Duration> samples) {
        if (samples.isEmpty()) {
            return new DurationStats(0, null, null);
        }
        List<Duration> sorted = samples.stream().sorted().toList();
        return new DurationStats(sorted.size(), Percentiles.of(sorted, 0.5), Percentiles.of(sorted, 0.9));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
