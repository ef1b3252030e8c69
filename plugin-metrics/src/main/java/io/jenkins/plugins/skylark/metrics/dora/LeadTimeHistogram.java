package io.jenkins.plugins.skylark.metrics.dora;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead-time samples counted into fixed bins whose limits match the performance bands, so the
 * distribution chart reads against the levels.
 *
 * @param bins in ascending order
 */
public record LeadTimeHistogram(List<Bin> bins) {

    /**
     * @param key         stable name (JSON, CSS class, message key)
     * @param upTo        exclusive upper limit, {@code null} for the last bin
     * @param count       samples in the bin
     */
    public record Bin(String key, Duration upTo, int count) {
    }

    private static final String[] KEYS = {"under-1h", "1h-1d", "1d-1w", "1w-30d", "30d-182d", "182d-plus"};
    private static final Duration[] LIMITS = {Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7),
        Duration.ofDays(30), Duration.ofDays(182), null};

    public LeadTimeHistogram {
        bins = List.copyOf(bins);
    }

    public static LeadTimeHistogram of(List<Duration> samples) {
        int[] counts = new int[KEYS.length];
        samples.forEach(s -> counts[binOf(s)]++);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            bins.add(new Bin(KEYS[i], LIMITS[i], counts[i]));
        }
        return new LeadTimeHistogram(bins);
    }

    private static int binOf(Duration sample) {
        for (int i = 0; i < LIMITS.length - 1; i++) {
            if (sample.compareTo(LIMITS[i]) < 0) {
                return i;
            }
        }
        return LIMITS.length - 1;
    }

    public int max() {
        return bins.stream().mapToInt(Bin::count).max().orElse(0);
    }
}
