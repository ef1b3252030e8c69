package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles by linear interpolation between closest ranks (Hyndman–Fan type 7, the default of
 * R, NumPy and spreadsheet {@code PERCENTILE.INC}): rank {@code h = (n - 1) * p}, value between
 * the samples at {@code floor(h)} and {@code ceil(h)}. The median is the 0.5 percentile, so an even
 * count gives the mean of the two middle samples. Results are whole seconds, rounded half up.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted samples in ascending order, not empty
     * @param p      0 to 1
     */
    public static Duration of(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("percentile of no samples");
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("percentile p must be 0 to 1, got " + p);
        }
        double rank = (sorted.size() - 1) * p;
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        double low = sorted.get(below).toSeconds();
        double high = sorted.get(above).toSeconds();
        return Duration.ofSeconds(Math.round(low + (high - low) * (rank - below)));
    }
}
