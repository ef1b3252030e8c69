package io.jenkins.plugins.skylark.deploy.bench;

import java.util.List;

/** Order statistics of timed runs; every figure answered is one that was measured (no interpolation). */
final class Percentiles {
    private Percentiles() {
    }

    /** The middle value; of an even count, the upper of the two middle ones. */
    static long median(List<Long> values) {
        return sorted(values).get(values.size() / 2);
    }

    /** The {@code percent}th percentile of {@code values} by nearest rank; {@code values} must not be empty. */
    static long of(List<Long> values, int percent) {
        List<Long> sorted = sorted(values);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static List<Long> sorted(List<Long> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return values.stream().sorted().toList();
    }
}
